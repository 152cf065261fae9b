import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';

import { FIELD_LIMITS } from '../constants.js';
import { CREDENTIAL_STATUSES, type CodeMapping, type CredentialStatus } from '../domain.js';
import { IsChannelIds, ToChannelIds } from './channel-ids.validator.js';
import { IsCodeMapping } from './code-mapping.validator.js';
import { ToConfirmation } from './confirmation.js';
import { CleanText, IsPlainText } from './text-policy.js';

/**
 * The edit form. `version` is the one the form was loaded with. Absent fields stay as they are;
 * a blank secret or the mask keeps the stored one.
 */
export class UpdateCredentialDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.label)
  label?: string;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.apiUrl)
  apiUrl?: string;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.clientId)
  clientId?: string;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @MaxLength(FIELD_LIMITS.secret)
  clientSecret?: string;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @MaxLength(FIELD_LIMITS.secret)
  accessToken?: string;

  @IsOptional()
  @IsIn(CREDENTIAL_STATUSES)
  status?: CredentialStatus;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @MaxLength(FIELD_LIMITS.currency)
  defaultCurrency?: string;

  @IsOptional()
  @CleanText()
  @IsString()
  @IsPlainText()
  @MaxLength(FIELD_LIMITS.locale)
  defaultLocale?: string;

  @IsOptional()
  @IsCodeMapping()
  localeMapping?: CodeMapping;

  @IsOptional()
  @IsCodeMapping()
  currencyMapping?: CodeMapping;

  /** The storefronts (channel ids) the credential serves. */
  @IsOptional()
  @ToChannelIds()
  @IsChannelIds()
  channelIds?: number[];

  /** "Save anyway": another credential already uses the store this edit points at, and that is intended. */
  @IsOptional()
  @ToConfirmation()
  @IsBoolean()
  confirmSameStore?: boolean;
}
