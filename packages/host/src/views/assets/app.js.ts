/**
 * The admin's only script: confirmation dialogs, the busy indicator, auto-submitting selects and
 * the async select of job filters. Pages work without it, except for those conveniences.
 */
export const APP_JS = `
(() => {
  const busy = document.querySelector('.busy');
  document.addEventListener('change', (e) => {
    const el = e.target;
    if (el.matches && el.matches('[data-autosubmit]')) el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
  });
  document.addEventListener('submit', (e) => {
    const form = e.target;
    const question = form.getAttribute('data-confirm');
    if (question && !form.dataset.confirmed) {
      e.preventDefault();
      const dialog = document.getElementById('confirm-dialog');
      dialog.querySelector('[data-confirm-text]').textContent = question;
      dialog.showModal();
      dialog.addEventListener('close', function once() {
        dialog.removeEventListener('close', once);
        if (dialog.returnValue === 'confirm') { form.dataset.confirmed = '1'; form.submit(); }
      });
      return;
    }
    const submitter = e.submitter;
    const text = (submitter && submitter.getAttribute('data-busy')) || form.getAttribute('data-busy');
    if (text && busy) {
      busy.querySelector('[data-busy-text]').textContent = text;
      busy.hidden = false;
      form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      if (submitter && submitter.name) { const h = document.createElement('input'); h.type = 'hidden'; h.name = submitter.name; h.value = submitter.value; form.appendChild(h); }
    }
  });
  document.querySelectorAll('select[data-async-src]').forEach((select) => {
    const search = document.querySelector('[data-async-search="' + select.id + '"]');
    const load = async (query) => {
      const url = new URL(select.dataset.asyncSrc, location.href);
      if (query) url.searchParams.set('query', query);
      const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const page = await response.json();
      const chosen = select.value;
      select.querySelectorAll('option[data-dynamic]').forEach((o) => o.remove());
      for (const option of page.options) {
        const el = new Option(option.hint ? option.label + ' — ⚠ ' + option.hint : option.label, option.id, false, option.id === chosen);
        if (option.hint) el.dataset.warning = '1';
        el.dataset.dynamic = '1';
        select.add(el);
      }
      select.dataset.loaded = String(page.options.length);
    };
    let timer;
    if (search) search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => load(search.value), 250); });
    load('');
  });
})();
`;
