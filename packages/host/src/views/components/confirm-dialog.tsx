import { usePage } from '../page-context.js';

/** The dialog the page script opens before a state-changing action that asks for confirmation. */
export function ConfirmDialog() {
  const { t } = usePage();
  return (
    <dialog id="confirm-dialog" aria-labelledby="confirm-title">
      <form method="dialog">
        <h2 id="confirm-title">{t('host.dialog.title')}</h2>
        <p data-confirm-text></p>
        <div class="buttons">
          <button value="cancel">{t('host.dialog.cancel')}</button>
          <button value="confirm" class="danger">
            {t('host.dialog.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
