// The editor's styles, added to the page when the editor first opens (they travel with its chunk).

const CSS = `
.ed-toolbar { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: end; margin: 0.5rem 0; }
.ed-start, .ed-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; min-width: 0; max-width: 100%; }
.ed-start { flex: 1 1 22rem; }
/* A select is as wide as its longest option (scenario names are long): let it shrink to the screen. */
.ed-start select { flex: 1 1 12rem; width: 12rem; max-width: 100%; min-width: 0; }
.ed-status { min-height: 1.2em; margin: 0.3rem 0; }
.ed-summary { border: 1px solid var(--line); border-left: 4px solid #009e73; border-radius: var(--radius); padding: 0.4rem 0.75rem; margin: 0.5rem 0 0.75rem; background: var(--panel); }
.ed-summary.has-problems { border-left-color: var(--error); background: var(--error-bg); }
.ed-summary h3 { margin: 0.1rem 0; font-size: 1rem; }
.ed-summary p { margin: 0.2rem 0; }
.ed-summary-list { margin: 0.2rem 0; padding-left: 1.2rem; max-height: 14rem; overflow: auto; }
.ed-summary-list li { margin: 0.15rem 0; overflow-wrap: anywhere; }
.ed-link { background: none; border: none; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; font: inherit; text-align: left; }
.ed-link code, .ed-summary-list code { font-family: var(--mono); font-size: 0.85em; overflow-wrap: anywhere; }
.ed-form { max-width: 60rem; }
.ed-group { border: 1px solid var(--line); border-radius: var(--radius); padding: 0.3rem 0.7rem 0.55rem; margin: 0.45rem 0; min-width: 0; background: var(--panel); }
.ed-group .ed-group { background: #fbfbfc; }
.ed-legend { font-weight: 600; padding: 0 0.3rem; display: flex; gap: 0.35rem; align-items: center; flex-wrap: wrap; }
.ed-field { margin: 0.4rem 0; min-width: 0; }
.ed-head { display: flex; gap: 0.35rem; align-items: center; flex-wrap: wrap; }
.ed-field label { font-weight: 600; font-size: 0.92rem; }
.ed-control { display: block; margin-top: 0.15rem; max-width: 100%; box-sizing: border-box; }
input.ed-control[type='text'], textarea.ed-control { width: 28rem; }
input.ed-control[type='number'] { width: 10rem; }
select.ed-control, select.ed-type { max-width: 100%; min-width: 0; }
input.ed-control[type='checkbox'] { display: inline-block; width: auto; }
.ed-help { color: var(--muted); font-size: 0.82rem; margin: 0.1rem 0 0.2rem; max-width: 48rem; }
.ed-error { color: var(--error); font-weight: 600; font-size: 0.88rem; }
.ed-error p { margin: 0.15rem 0; }
.ed-error p::before { content: '⚠ '; }
.ed-has-error > .ed-control { border-color: var(--error); outline: 1px solid var(--error); }
.ed-typefield { display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; }
.ed-optional { display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; margin-top: 0.4rem; }
.ed-optional-label { color: var(--muted); font-size: 0.85rem; }
.ed-add { margin-top: 0.3rem; }
.ed-tool { min-width: 1.9rem; }
.ed-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(5.2rem, 1fr)); gap: 0 0.5rem; }
.ed-grid > .ed-field { margin: 0.2rem 0; }
.ed-grid > .ed-field .ed-help { display: none; }
.ed-grid input.ed-control[type='number'], .ed-grid input.ed-control[type='text'] { width: 100%; }
.ed-grid > .ed-add { grid-column: 1 / -1; justify-self: start; }
.ed-item { border-top: 1px solid var(--line); padding: 0.2rem 0; }
.ed-item > summary { cursor: pointer; font-weight: 600; padding: 0.25rem 0; }
.ed-item > summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.ed-count { color: var(--error); margin-left: 0.5rem; font-weight: 700; }
.ed-entry { border-left: 3px solid var(--line); padding-left: 0.5rem; margin: 0.3rem 0; }
@media (max-width: 820px) {
  .ed-group { padding: 0.25rem 0.4rem 0.45rem; margin: 0.35rem 0; }
  .ed-group .ed-group { border-left-width: 2px; border-right: none; border-radius: 0; padding-right: 0; }
  input.ed-control[type='text'], textarea.ed-control { width: 100%; }
  .ed-toolbar { gap: 0.5rem; }
}
`;

/** Adds the editor's stylesheet once. */
export function ensureStyles(doc: Document): void {
  if (doc.getElementById('ed-styles')) return;
  const style = doc.createElement('style');
  style.id = 'ed-styles';
  style.textContent = CSS;
  doc.head.appendChild(style);
}
