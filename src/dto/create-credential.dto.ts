import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { FIELD_LIMITS } from '../constants.js';
import { CREDENTIAL_STATUSES, type CredentialStatus } from '../domain.js';
import { ToConfirmation } from './confirmation.js';
import { CleanText, IsPlainText } from './text-policy.js';

/** The create form. Every field is required; unknown fields are refused. */
export class CreateCredentialDto {
  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.label)
  label!: string;

  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.apiUrl)
  apiUrl!: string;

  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.clientId)
  clientId!: string;

  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.secret)
  clientSecret!: string;

  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.secret)
  accessToken!: string;

  @IsIn(CREDENTIAL_STATUSES)
  status!: CredentialStatus;

  /** "Save anyway": another credential already uses this store, and that is intended. */
  @IsOptional()
  @ToConfirmation()
  @IsBoolean()
  confirmSameStore?: boolean;
}
