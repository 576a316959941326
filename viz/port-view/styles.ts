// The port view's own styles, added once per document so the view works wherever it is mounted.

const CSS = `
.bf-pv { font: 14px/1.4 system-ui, sans-serif; color: #000; }
.bf-pv button, .bf-pv input, .bf-pv summary, .bf-pv select { font: inherit; }
.bf-pv :focus-visible { outline: 2px solid #0072B2; outline-offset: 2px; }
.bf-pv g.vehicle:focus-visible, .bf-pv g.vehicle:focus { outline: 2px solid #0072B2; }
.bf-pv-controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 0; }
.bf-pv-controls label { display: inline-flex; gap: 6px; align-items: center; }
.bf-pv-controls input[type=range].bf-pv-scrub { width: min(420px, 60vw); }
.bf-pv-readout { font-variant-numeric: tabular-nums; }
/* Two scenarios side by side on one clock; stacked on narrow screens. No pane scrolls on its own. */
.bf-pv-panes { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; align-items: start; }
@media (min-width: 900px) {
  .bf-pv-panes[data-count="2"] { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  /* The two panes share their rows, so the plazas start level even when one title runs longer. */
  .bf-pv-panes[data-count="2"] > .bf-pv-pane { display: grid; grid-row: span 9; grid-template-rows: subgrid; row-gap: 0; align-content: start; }
}
.bf-pv-pane { min-width: 0; border: 1px solid #767676; border-radius: 4px; padding: 8px; }
.bf-pv-pane h4 { margin: 4px 0; font-size: 14px; }
.bf-pv-pane h4:empty { margin: 0; }
.bf-pv-switch { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0; }
.bf-pv-switch button[aria-pressed=true] { background: #0072B2; color: #fff; border-color: #0072B2; }
.bf-pv-busiest { margin: 0 0 4px; font-size: 13px; }
.bf-pv-caption { font-size: 12px; color: #333; margin: 2px 0; }
.bf-pv-lane-key { list-style: none; margin: 4px 0; padding: 0; font-size: 12px; font-variant-numeric: tabular-nums; }
.bf-pv-lane-key li { margin: 1px 0; }
.bf-pv-swatch { display: inline-block; width: 14px; height: 10px; margin-right: 6px; border: 1px solid #555; vertical-align: middle; }
.bf-pv-pane h3, .bf-pv-journey h3 { margin: 0 0 4px; font-size: 16px; }
.bf-pv-clock { font-size: 18px; font-variant-numeric: tabular-nums; margin: 0 0 4px; }
.bf-pv-counters { display: flex; flex-wrap: wrap; gap: 2px 12px; margin: 0 0 6px; padding: 0; font-size: 13px; font-variant-numeric: tabular-nums; }
.bf-pv-counters div { display: flex; gap: 4px; }
.bf-pv-counters dt { font-weight: 600; } .bf-pv-counters dd { margin: 0; }
.bf-pv-svg-wrap { overflow: hidden; }
.bf-pv-svg-wrap svg { display: block; max-width: 100%; height: auto; }
.bf-pv-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; margin: 4px 0; }
.bf-pv-legend svg { vertical-align: middle; }
.bf-pv-journey { border: 1px solid #767676; border-radius: 4px; padding: 8px; margin-top: 12px; }
.bf-pv-journey-cols { display: flex; flex-wrap: wrap; gap: 16px; }
.bf-pv-journey ol { margin: 4px 0; padding-left: 20px; }
.bf-pv-journey li[data-reached=false] { color: #555; }
.bf-pv table { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
.bf-pv th, .bf-pv td { border-bottom: 1px solid #ccc; padding: 2px 6px; text-align: right; }
.bf-pv th:first-child, .bf-pv td:first-child { text-align: left; }
.bf-pv-log { font-size: 12px; font-variant-numeric: tabular-nums; }
.bf-pv-note { font-size: 12px; color: #333; }
.bf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export function ensureStyles(doc: Document): void {
  if (doc.getElementById('bf-port-view-style')) return;
  const style = doc.createElement('style');
  style.id = 'bf-port-view-style';
  style.textContent = CSS;
  doc.head.append(style);
}
