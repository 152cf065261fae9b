/** The admin's stylesheet. Logical properties throughout, so right-to-left pages need no overrides. */
export const APP_CSS = `
:root{--bg:#f4f6fb;--panel:#fff;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--brand:#4f46e5;--brand-ink:#fff;--ok:#047857;--ok-bg:#ecfdf5;--err:#b91c1c;--err-bg:#fef2f2;--warn:#92400e;--warn-bg:#fffbeb;--radius:8px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans SC",sans-serif;color:var(--ink);background:var(--bg)}
*{box-sizing:border-box}body{margin:0;font-size:14px;line-height:1.45}
a{color:var(--brand)}
.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:8px;top:8px;background:#fff;padding:6px;z-index:10}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.shell{display:flex;min-height:100vh}
.sidebar{width:230px;background:#111827;color:#d1d5db;padding:16px 0;flex-shrink:0}
.sidebar .brand{font-weight:700;font-size:18px;color:#fff;padding:0 20px 16px}
.sidebar ul{list-style:none;margin:0;padding:0}.sidebar ul ul a{padding-inline-start:40px;font-size:13px}
.sidebar a{display:flex;gap:8px;align-items:center;color:#d1d5db;text-decoration:none;padding:8px 20px}
.sidebar a:hover,.sidebar a.active{background:#1f2937;color:#fff}
.icon-bigcommerce::before{content:"B";display:inline-grid;place-items:center;width:20px;height:20px;border-radius:4px;background:#34313f;color:#fff;font-weight:700;font-size:12px}
.main{flex:1;min-width:0;padding:0 28px 40px}
.topbar{display:flex;justify-content:space-between;align-items:center;padding:18px 0;gap:16px}
.topbar h1{font-size:22px;margin:0}
.topbar-tools{display:flex;align-items:center;gap:14px}.inline{display:inline}
.user{color:var(--muted)}
.flash{padding:10px 14px;border-radius:var(--radius);margin-bottom:16px}
.flash-success{background:var(--ok-bg);color:var(--ok)}.flash-error,.form-summary{background:var(--err-bg);color:var(--err)}
.notice{padding:10px 14px;border-radius:var(--radius);margin-bottom:12px;background:var(--warn-bg);color:var(--warn)}.notice p{margin:0}.notice ul{margin:6px 0;padding-inline-start:20px}.notice a{color:inherit;font-weight:600}
.notice-info{background:#eef2ff;color:#3730a3}.notice-error{background:var(--err-bg);color:var(--err)}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);padding:18px;margin-bottom:16px}
.panel h2{font-size:16px;margin:0 0 14px}
.toolbar{display:flex;flex-wrap:wrap;gap:10px;align-items:center;justify-content:space-between;margin-bottom:12px}
.toolbar form{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
input,select,textarea{font:inherit;padding:7px 10px;border:1px solid #d1d5db;border-radius:6px;background:#fff;color:inherit;min-width:0}
input:focus,select:focus,button:focus,a:focus{outline:2px solid var(--brand);outline-offset:1px}
.button,button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid #d1d5db;background:#fff;color:var(--ink);padding:7px 14px;text-decoration:none;display:inline-flex;align-items:center;gap:6px}
.button.primary,button.primary{background:var(--brand);border-color:var(--brand);color:var(--brand-ink)}
button.danger{background:var(--err);border-color:var(--err);color:#fff}
button.warning{background:var(--warn-bg);border-color:#f59e0b;color:var(--warn)}
button.link{border:0;background:none;color:var(--brand);padding:0}
button[disabled]{opacity:.6;cursor:progress}
table.grid{width:100%;border-collapse:collapse;background:var(--panel);border:1px solid var(--line);border-radius:var(--radius);overflow:hidden}
.grid th,.grid td{padding:10px 12px;text-align:start;border-bottom:1px solid var(--line)}
.grid th{background:#f9fafb;font-weight:600;white-space:nowrap}.grid th a{color:inherit;text-decoration:none}
.grid th[aria-sort] a::after{content:" ↕";color:var(--muted)}.grid th[aria-sort=ascending] a::after{content:" ↑"}.grid th[aria-sort=descending] a::after{content:" ↓"}
.grid td.actions{text-align:end;white-space:nowrap}
.icon-button{border:0;background:none;padding:4px 6px;color:var(--muted);text-decoration:none;display:inline-flex;vertical-align:middle}.icon-button:hover{color:var(--brand)}
.icon-delete:hover{color:var(--err)}
.badge{display:inline-block;padding:2px 8px;border-radius:999px;font-size:12px;font-weight:600;white-space:nowrap}
.badge-on{background:var(--ok-bg);color:var(--ok)}.badge-off{background:#f3f4f6;color:var(--muted)}
.pager{display:flex;justify-content:space-between;align-items:center;margin-top:12px;color:var(--muted);gap:12px;flex-wrap:wrap}
.pager nav{display:flex;gap:6px;align-items:center}
.empty{text-align:center;padding:48px 16px;background:var(--panel);border:1px dashed #cbd5e1;border-radius:var(--radius)}
.empty p{color:var(--muted);max-width:460px;margin:0 auto 16px}
details.filters{position:relative}details.filters summary{list-style:none}
details.filters .filter-panel{position:absolute;inset-inline-end:0;z-index:5;margin-top:6px;background:#fff;border:1px solid var(--line);border-radius:var(--radius);padding:14px;min-width:220px;box-shadow:0 10px 25px rgba(0,0,0,.08)}
fieldset{border:0;margin:0 0 10px;padding:0}legend{font-weight:600;margin-bottom:6px}
.form-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px 20px}
.field label{display:block;font-weight:600;margin-bottom:4px}.field input,.field select{width:100%}
.field .help{color:var(--muted);font-size:12px;margin-top:4px}.field .note{color:var(--warn);font-size:12px;margin-top:4px;font-weight:600}
.field .error{color:var(--err);font-size:12px;margin-top:4px}.field.invalid input,.field.invalid select{border-color:var(--err)}
.required::after{content:" *";color:var(--err)}
.switch{display:flex;gap:8px;align-items:center}
fieldset.choices{grid-column:1/-1}.choice{display:flex;gap:8px;align-items:baseline;margin:4px 0}.choice input{width:auto}.choice label{font-weight:400;margin:0}
.choice.inactive label{color:var(--muted)}.choice .hint,.hint{color:var(--muted);font-size:12px}
.tone-ok{color:var(--ok)}.tone-error{color:var(--err);font-weight:600}.tone-warning{color:var(--warn)}.tone-muted{color:var(--muted)}
table.mapping{width:100%;border-collapse:collapse;table-layout:fixed}.mapping th:first-child{width:34%}.mapping th,.mapping td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:start}
.mapping tr.inactive td{color:var(--muted)}.mapping code{background:#f3f4f6;padding:1px 6px;border-radius:4px}
.details{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0}.details dt{color:var(--muted)}.details dd{margin:0}
.form-actions{display:flex;gap:10px;justify-content:flex-end;margin-top:8px}
.centered{max-width:380px;margin:12vh auto;padding:0 16px}
.busy{position:fixed;inset:0;background:rgba(17,24,39,.35);display:grid;place-items:center;z-index:50;color:#fff;font-weight:600;gap:12px;align-content:center}
.busy[hidden]{display:none}.spinner{width:36px;height:36px;border:4px solid rgba(255,255,255,.35);border-top-color:#fff;border-radius:50%;animation:spin 1s linear infinite}
@keyframes spin{to{transform:rotate(360deg)}}
dialog{border:0;border-radius:var(--radius);padding:22px;max-width:440px;box-shadow:0 20px 50px rgba(0,0,0,.25)}dialog::backdrop{background:rgba(17,24,39,.4)}
dialog .buttons{display:flex;gap:10px;justify-content:flex-end;margin-top:18px}
.grid-wrap{max-width:100%;overflow-x:auto}.lines bdi{display:block}.grid td .lines{min-width:16em}
.nav-toggle{position:absolute;opacity:0;width:1px;height:1px}.menu-button{display:none}
.nav-toggle:focus-visible~.shell .menu-button{outline:2px solid var(--brand)}
@media (max-width:760px){
.shell{display:block}.sidebar{display:none;width:auto}.nav-toggle:checked~.shell .sidebar{display:block}
.menu-button{display:inline-flex}.main{padding:0 12px 24px}
.topbar{flex-wrap:wrap;gap:8px}.topbar h1{font-size:18px;flex:1 1 auto;min-width:0;overflow-wrap:anywhere}.topbar-tools{flex-wrap:wrap;gap:8px}
.form-grid{grid-template-columns:1fr}.form-actions{flex-wrap:wrap}.details{grid-template-columns:1fr}.details dd{margin-bottom:6px}
.toolbar{flex-direction:column;align-items:stretch}.toolbar form{flex-wrap:wrap}
.grid thead{display:none}.grid,.grid tbody,.grid tr,.grid td{display:block;width:100%}.grid tr{border-bottom:1px solid var(--line);padding:6px 0}
.grid td{border:0;padding:4px 12px}.grid td[data-label]::before{content:attr(data-label);display:block;font-size:12px;color:var(--muted)}
.grid td.actions{text-align:start}.grid td .lines{min-width:0}
details.filters .filter-panel{position:static;min-width:0}
table.mapping,.mapping tbody,.mapping tr,.mapping th,.mapping td{display:block;width:100%}.mapping thead{display:none}.mapping th:first-child{width:100%}
input,select{max-width:100%}
}
`;
