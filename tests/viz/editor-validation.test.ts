// @vitest-environment jsdom
// The scenario editor checks with the real validator: each problem is shown at the field its path
// names (or the nearest enclosing one), listed in a summary that leads to the field, and the
// scenario can be added only when valid. What the form holds, saved as YAML and loaded again, is the
// scenario it was opened on, for every bundled scenario.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText, parseText, scenarioJsonSchema, type ScenarioProblem } from '../../sim/index.ts';
import { bundledFiles, bundledByStem } from '../../viz/app/bundled.ts';
import { createStore } from '../../viz/app/store.ts';
import { blankScenario, mountEditor, scenarioYaml } from '../../viz/editor/index.ts';
import { renderForm, type FormHost } from '../../viz/editor/form.ts';
import { elementsByPath, parentPath, placeProblems, targetOf } from '../../viz/editor/problems.ts';
import { setAt, type JsonSchema, type Path } from '../../viz/editor/schema-walk.ts';
import { setLanguage } from '../../viz/i18n/index.ts';

beforeAll(() => {
  setLanguage('en');
  // jsdom has no layout: the editor's scroll keeping and revealing are no-ops here.
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView = () => {};
});

function editor() {
  const added: File[] = [];
  const tabs: string[] = [];
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const store = createStore({ entries: [] as { id: string; fileName: string; text: string; scenario: { name: string } | null }[] });
  const handle = mountEditor(container, { store, actions: { addFiles: (f) => added.push(...f), setTab: (t) => tabs.push(t) } });
  const control = (p: string) => container.querySelector<HTMLInputElement>(`[data-control="${p}"]`)!;
  const type = (p: string, v: string) => {
    const c = control(p);
    c.value = v;
    c.dispatchEvent(new Event('input'));
  };
  const errorAt = (p: string) => [...container.querySelectorAll<HTMLElement>(`[data-path="${p}"] > .ed-error`)].map((e) => e.textContent).join('');
  return { container, handle, added, tabs, control, type, errorAt, add: () => container.querySelector<HTMLButtonElement>('#ed-add')! };
}

describe('problems at their fields', () => {
  it('finds the field a path names, or the nearest enclosing one', () => {
    expect(parentPath('ports[0].laneGroups[2].booths')).toBe('ports[0].laneGroups[2]');
    expect(parentPath('ports[0].laneGroups[2]')).toBe('ports[0].laneGroups');
    expect(parentPath('ports')).toBe('');
    const schema = scenarioJsonSchema() as JsonSchema;
    let value = blankScenario(schema);
    const host: FormHost = { root: schema, value: () => value, write: (p: Path, v: unknown) => void (value = setAt(value, p, v)), open: new Map() };
    const form = renderForm(host);
    const byPath = elementsByPath(form);
    expect(targetOf(byPath, 'ports[0].laneGroups[0].booths')!.dataset.path).toBe('ports[0].laneGroups[0].booths');
    // A field the form does not show (not added yet, or unknown): its object.
    expect(targetOf(byPath, 'ports[0].laneGroups[0].officers.constant')!.dataset.path).toBe('ports[0].laneGroups[0]');
    expect(targetOf(byPath, 'ports[0].laneGroups[0].primarySeconds.mean')!.dataset.path).toBe('ports[0].laneGroups[0].primarySeconds.mean');
    expect(targetOf(byPath, '')?.dataset.path).toBe('');
    const problems: ScenarioProblem[] = [
      { file: 'x', path: 'ports[0].flows[0].perDay', message: 'too many' },
      { file: 'x', path: 'ports[0].flows[0].perDay', message: 'and again' },
      { file: 'x', path: 'ports[0].flows[0].nonsense', message: 'unknown field' },
    ];
    const placed = placeProblems(form, problems);
    expect(placed.map((p) => p.target?.dataset.path)).toEqual(['ports[0].flows[0].perDay', 'ports[0].flows[0].perDay', 'ports[0].flows[0]']);
    const perDay = form.querySelector<HTMLElement>('[data-path="ports[0].flows[0].perDay"]')!;
    expect(perDay.querySelector('.ed-error')!.textContent).toBe('too manyand again');
    expect(perDay.querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
    // The message is read with the field: the error box is in the control's description.
    expect(perDay.querySelector('input')!.getAttribute('aria-describedby')).toContain(perDay.querySelector('.ed-error')!.id);
    // Placing again clears what is fixed.
    placeProblems(form, []);
    expect(perDay.querySelector('.ed-error')!.textContent).toBe('');
    expect(perDay.querySelector('input')!.hasAttribute('aria-invalid')).toBe(false);
  });

  it('a blank scenario asks exactly for its names and ids, and adds only once they are valid', async () => {
    const ed = editor();
    const paths = ed.handle.problems().map((p) => p.path).sort();
    expect(paths).toEqual(['name', 'ports[0].flows[0].id', 'ports[0].id', 'ports[0].laneGroups[0].id', 'ports[0].name'].sort());
    for (const p of paths) expect(ed.errorAt(p), p).not.toBe('');
    expect(ed.add().disabled).toBe(true);
    expect(ed.container.querySelectorAll('.ed-summary-list li')).toHaveLength(5);
    ed.type('name', 'Small port');
    ed.type('ports[0].id', 'small');
    ed.type('ports[0].name', 'Small');
    ed.type('ports[0].flows[0].id', 'cars');
    ed.type('ports[0].flows[0].perDay', '2400');
    ed.type('ports[0].laneGroups[0].id', 'general');
    ed.type('ports[0].laneGroups[0].booths', '4');
    ed.type('ports[0].laneGroups[0].primarySeconds.mean', '60');
    expect(ed.handle.problems()).toEqual([]);
    expect(ed.add().disabled).toBe(false);

    // An invalid value: the validator's message at that field, in the summary, and no adding.
    ed.type('ports[0].laneGroups[0].booths', '-2');
    expect(ed.errorAt('ports[0].laneGroups[0].booths')).toContain('expected a number ≥ 0');
    expect(ed.add().disabled).toBe(true);
    const link = ed.container.querySelector<HTMLButtonElement>('.ed-summary-list .ed-link')!;
    expect(link.textContent).toContain('ports[0].laneGroups[0].booths');
    link.click();
    expect(document.activeElement).toBe(ed.control('ports[0].laneGroups[0].booths'));
    // A whole number where the schema wants one.
    ed.type('ports[0].laneGroups[0].booths', '2.5');
    expect(ed.errorAt('ports[0].laneGroups[0].booths')).toContain('whole number');
    ed.type('ports[0].laneGroups[0].booths', '3');
    expect(ed.errorAt('ports[0].laneGroups[0].booths')).toBe('');

    ed.add().click();
    expect(ed.added).toHaveLength(1);
    expect(ed.added[0].name).toBe('small-port.yaml');
    const r = loadScenarioText(await fileText(ed.added[0]), ed.added[0].name);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.scenario.name, r.scenario.ports[0].laneGroups[0].booths, r.scenario.ports[0].flows[0].perDay]).toEqual(['Small port', 3, 2400]);
  });

  it('shows a cross-field rule of the validator at the field it names', () => {
    const ed = editor();
    const f = bundledByStem('mmc-theory-check')!;
    const parsed = parseText(f.text, f.fileName);
    if (!parsed.ok) throw new Error('parse');
    ed.handle.load(parsed.value);
    expect(ed.handle.problems()).toEqual([]);
    // A flow whose mode no lane group serves: the scenario-wide rule names the flow's mode.
    const select = ed.control('ports[0].flows[0].mode') as unknown as HTMLSelectElement;
    select.value = JSON.stringify('truck');
    select.dispatchEvent(new Event('change'));
    const problems = ed.handle.problems();
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      const target = ed.container.querySelector(`[data-path="${p.path}"]`) ?? null;
      // Each problem is on the page next to a field of its path (or an enclosing one).
      const shownAt = [...ed.container.querySelectorAll<HTMLElement>('.ed-error:not([hidden])')].some((e) => e.textContent!.includes(p.message));
      expect(shownAt, `${p.path}: ${p.message}`).toBe(true);
      if (target) expect(target.querySelector(':scope > .ed-error')!.textContent).toContain(p.message);
    }
  });
});

describe('round trip: form → YAML → load', () => {
  it.each(bundledFiles.map((f) => [f.stem, f] as const))('%s comes back as the same scenario', (_stem, f) => {
    const parsed = parseText(f.text, f.fileName);
    const original = loadScenarioText(f.text, f.fileName);
    if (!parsed.ok || !original.ok) throw new Error('bundled file does not load');
    const schema = scenarioJsonSchema() as JsonSchema;
    let value: unknown = parsed.value;
    const host: FormHost = { root: schema, value: () => value, write: (p: Path, v: unknown) => void (value = setAt(value, p, v)), open: new Map() };
    const form = renderForm(host);
    // Every value control writes back what it shows, through the form's own reading of the text.
    let n = 0;
    value = {};
    for (const c of form.querySelectorAll<HTMLInputElement>('[data-control]')) {
      if (c.classList.contains('ed-type')) {
        // A discriminator is written by its type select: the variant shown, with its fields.
        const disc = c.dataset.control!.split('.').pop()!;
        value = setAt(value, [...pathOf(c.dataset.control!).slice(0, -1), disc], (c as unknown as HTMLSelectElement).selectedOptions[0]?.textContent);
        continue;
      }
      c.dispatchEvent(new Event(c.tagName === 'SELECT' || c.type === 'checkbox' ? 'change' : 'input'));
      n++;
    }
    expect(n).toBeGreaterThan(10);
    const back = loadScenarioText(scenarioYaml(value), f.fileName);
    if (!back.ok) throw new Error(back.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(back.scenario).toEqual(original.scenario);
  });
});

/** `a.b[2].c` → ['a', 'b', 2, 'c']. */
function pathOf(text: string): (string | number)[] {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** A File's text (jsdom's File has no text()). */
function fileText(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(f);
  });
}
