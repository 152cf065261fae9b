import type { FormState } from '@pim/kernel';

import { CsrfInput } from './components/csrf-input.js';
import { Flash } from './components/flash.js';
import { Notice } from './components/notice.js';
import { PostButton } from './components/post-button.js';
import { Datalists } from './form-controls.js';
import { FormFieldBlock, MappingTable } from './form-fields.js';
import { basedOn, errorsOf, type FormPageProps } from './form-input.js';
import { usePage } from './page-context.js';
import { RelatedGrid } from './related-grid.js';

export type { FormPageProps } from './form-input.js';

/** The record's details (read-only facts) and the actions the user may run on it. */
function DetailsPanel({
  details,
  actions,
}: {
  details: NonNullable<FormState['details']>;
  actions: FormPageProps['actions'];
}) {
  const { t } = usePage();
  return (
    <section class="panel" aria-labelledby="details-title">
      <h2 id="details-title">{t('host.form.details')}</h2>
      <dl class="details" data-details>
        {details.map((detail) => (
          <>
            <dt>{detail.label}</dt>
            <dd>{detail.value}</dd>
          </>
        ))}
      </dl>
      {actions.length > 0 && (
        <div class="form-actions">
          {actions.map(({ href, action }) => (
            <PostButton
              action={href}
              busy={action.remote ? t(action.busyLabelKey ?? 'host.form.busy') : undefined}
              dataAction={action.method}
            >
              {t(action.labelKey)}
            </PostButton>
          ))}
        </div>
      )}
    </section>
  );
}

/** The form's sections: a grid of fields, or a mapping table. */
function Sections({ props }: { props: FormPageProps }) {
  const { t } = usePage();
  return (
    <>
      {props.schema.sections.map((section) => (
        <section class="panel" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>{t(section.labelKey)}</h2>
          {section.fields.some((f) => f.type === 'mapping') ? (
            section.fields.map((f) =>
              f.type === 'mapping' ? (
                <MappingTable props={props} field={f} />
              ) : (
                <FormFieldBlock props={props} field={f} />
              ),
            )
          ) : (
            <div class="form-grid">
              {section.fields.map((f) => (
                <FormFieldBlock props={props} field={f} />
              ))}
            </div>
          )}
        </section>
      ))}
    </>
  );
}

/**
 * A create or edit page drawn from a form schema and the handler's state. On an edit, the form
 * carries the version its values are based on: after a failed submit, the one that submit was
 * based on, so that saving the kept values again never overwrites a change saved in between
 * (the database refuses it as stale).
 */
export function FormPage(props: FormPageProps) {
  const { t } = usePage();
  const { schema, state } = props;
  const formErrors = errorsOf(props, '_form');
  return (
    <>
      {(state.notices ?? []).map((notice) => (
        <Notice notice={notice} />
      ))}
      {formErrors.length > 0 && <Flash flash={{ level: 'error', text: formErrors.join(' ') }} />}
      {state.details && state.details.length > 0 && <DetailsPanel details={state.details} actions={props.actions} />}
      <div id="form-summary" class="flash form-summary" role="alert" hidden></div>
      <form
        method="post"
        action={props.submitHref}
        data-fetch
        data-failed={t('host.form.failed')}
        novalidate
        data-busy={schema.remoteSubmit ? t(schema.busyLabelKey ?? 'host.form.busy') : undefined}
      >
        <CsrfInput />
        {schema.mode === 'edit' && <input type="hidden" name="_method" value="PUT" />}
        {schema.mode === 'edit' && <input type="hidden" name="version" value={basedOn(props)} />}
        <Sections props={props} />
        <Datalists props={props} />
        <div class="form-actions">
          <a class="button" href={props.backHref}>
            {t('host.form.back')}
          </a>
          {props.confirm && (
            <button type="submit" name={props.confirm.field} value="1" class="warning">
              {props.confirm.label}
            </button>
          )}
          <button type="submit" class="primary">
            {t(schema.submitLabelKey)}
          </button>
        </div>
      </form>
      {props.related.map((grid) => (
        <RelatedGrid {...grid} />
      ))}
    </>
  );
}
