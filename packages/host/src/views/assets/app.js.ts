/**
 * The admin's only script: confirmation dialogs, the busy indicator, forms submitted with fetch
 * (what was typed stays, errors land under their fields), auto-submitting selects and the async
 * select of job filters. Pages work without it, except for those conveniences.
 */
export const APP_JS = `
(() => {
  const busy = document.querySelector('.busy');
  document.addEventListener('change', (e) => {
    const el = e.target;
    if (el.matches && el.matches('[data-autosubmit]')) el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
  });
  // Forms that keep what was typed: submitted with fetch, errors placed under their fields, the
  // page (and every typed value, secrets included) left as it is; one summary is announced.
  const clearErrors = (form) => {
    form.querySelectorAll('.invalid').forEach((el) => el.classList.remove('invalid'));
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    form.querySelectorAll('.error').forEach((el) => { el.textContent = ''; });
    form.querySelectorAll('.note').forEach((el) => el.remove());
  };
  const showErrors = (form, body) => {
    const summary = document.getElementById('form-summary');
    let first = null;
    for (const [name, messages] of Object.entries(body.errors || {})) {
      const id = 'field-' + name.replace('.', '-');
      const control = document.getElementById(id);
      const error = document.getElementById(id + '-error');
      if (error) error.textContent = messages.join(' ');
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        (control.closest('.field, td') || control).classList.add('invalid');
        if (!first || (first.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_PRECEDING)) first = control;
      }
    }
    if (summary) { summary.textContent = body.message || form.dataset.failed; summary.hidden = false; }
    const focusable = first && (first.matches('input, select, textarea') ? first : first.querySelector('input:not([type=hidden]), select'));
    if (focusable) focusable.focus();
    else if (summary) { summary.tabIndex = -1; summary.focus(); }
  };
  const askAnyway = (form, confirm) => {
    let button = form.querySelector('button[name="' + confirm.field + '"]');
    if (!button) {
      button = document.createElement('button');
      button.type = 'submit'; button.name = confirm.field; button.value = '1'; button.className = 'warning';
      form.querySelector('button.primary').before(button);
    }
    button.textContent = confirm.label;
  };
  const submitWithFetch = async (form, submitter) => {
    const data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    const summary = document.getElementById('form-summary');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-pim-fetch': '1' },
        body: data,
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok && body.redirect_url) { location.assign(body.redirect_url); return; }
      clearErrors(form);
      showErrors(form, body);
      if (body.confirm) askAnyway(form, body.confirm);
    } catch {
      if (summary) { summary.textContent = form.dataset.failed; summary.hidden = false; summary.focus(); }
    } finally {
      if (busy) busy.hidden = true;
      form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
    }
  };
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
    if (form.hasAttribute('data-fetch') && window.fetch && window.URLSearchParams) {
      e.preventDefault();
      if (text && busy) { busy.querySelector('[data-busy-text]').textContent = text; busy.hidden = false; }
      form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      submitWithFetch(form, submitter);
      return;
    }
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
        // The saved choice is already there (rehydrated by the server): listed once.
        if (select.querySelector('option[data-saved][value="' + CSS.escape(option.id) + '"]')) continue;
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
