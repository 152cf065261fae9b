import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { FIELD_LIMITS } from '../constants.js';
import { CleanText, IsPlainText } from './text-policy.js';

/** Status as the forms post it. */
export const CREDENTIAL_STATUSES = ['active', 'inactive'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

/** The create form. Every field is required; unknown fields are refused. */
export class CreateCredentialDto {
  @CleanText() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(FIELD_LIMITS.label)
  label!: string;

  @CleanText() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(FIELD_LIMITS.apiUrl)
  apiUrl!: string;

  @CleanText() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(FIELD_LIMITS.clientId)
  clientId!: string;

  @CleanText() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(FIELD_LIMITS.secret)
  clientSecret!: string;

  @CleanText() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(FIELD_LIMITS.secret)
  accessToken!: string;

  @IsIn(CREDENTIAL_STATUSES)
  status!: CredentialStatus;
}
