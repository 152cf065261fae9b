import type { Capabilities } from '../capabilities.js';
import type { FormState } from '@pim/kernel';

import type { MessageKey } from '../i18n/message-key.js';
import type { ConnectionFacts } from '../services/connection-check.service.js';
import type { UserText } from '../i18n/user-text.js';

/** Store name, last check (its time and translated outcome) and what the token may do. */
export function connectionDetails(facts: ConnectionFacts, text: UserText): FormState['details'] {
  const verification =
    facts.verifiedAt === null
      ? text.t('bigcommerce.credentials.form.never-verified')
      : text.t(
          facts.verificationOutcome === 'ok'
            ? 'bigcommerce.credentials.form.verification-ok'
            : 'bigcommerce.credentials.form.verification-failed',
          { time: text.time(facts.verifiedAt), outcome: text.outcome(facts.verificationOutcome) },
        );
  return [
    { label: text.t('bigcommerce.credentials.form.store-name'), value: facts.storeName ?? '-' },
    { label: text.t('bigcommerce.credentials.form.last-verification'), value: verification },
    {
      label: text.t('bigcommerce.credentials.form.capabilities'),
      value: facts.capabilities ? describeCapabilities(facts.capabilities, (key) => text.t(key)) : '-',
    },
  ];
}

function describeCapabilities(c: Capabilities, t: (key: MessageKey) => string): string {
  const parts = [];
  if (c.informationRead) parts.push(t('bigcommerce.credentials.form.capability-information'));
  // One phrase for Products: what the token may do with them, as a person says it.
  if (c.productsWrite === true && c.planLimitReached === true)
    parts.push(
      `${t('bigcommerce.credentials.form.capability-products-read-write')} (${t('bigcommerce.credentials.form.capability-plan-limit')})`,
    );
  else if (c.productsWrite === true) parts.push(t('bigcommerce.credentials.form.capability-products-read-write'));
  else if (c.productsWrite === false) parts.push(t('bigcommerce.credentials.form.capability-products-read-only'));
  else if (c.productsRead) parts.push(t('bigcommerce.credentials.form.capability-products-write-unknown'));
  if (c.channelsRead === true) parts.push(t('bigcommerce.credentials.form.capability-channels-read'));
  else if (c.channelsRead === false) parts.push(t('bigcommerce.credentials.form.capability-channels-missing'));
  return parts.join(' · ');
}
