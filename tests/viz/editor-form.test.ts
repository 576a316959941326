// @vitest-environment jsdom
// The scenario editor's form is generated from the JSON Schema: every field of the scenario schema
// is reachable, a field added to a schema appears without editor code, numbers carry the schema's
// bounds, lists add, remove and reorder rows, unions switch type, and every field of every bundled
// scenario is shown at the path the validator names.

import { beforeAll, describe, expect, it } from 'vitest';
import { parseText, scenarioJsonSchema } from '../../sim/index.ts';
import { bundledFiles } from '../../viz/app/bundled.ts';
import { renderForm, type FormHost } from '../../viz/editor/form.ts';
import { blankValue, getAt, pathText, reachablePaths, setAt, type JsonSchema, type Path } from '../../viz/editor/schema-walk.ts';
import { setLanguage } from '../../viz/i18n/index.ts';

beforeAll(() => setLanguage('en'));

const real = () => scenarioJsonSchema() as JsonSchema;

/** A form on its own value, redrawn on every change of shape, as the editor does. */
function formFor(schema: JsonSchema, initial: unknown = blankValue(schema, schema)) {
  let value = initial;
  const box = document.createElement('div');
  document.body.replaceChildren(box);
  const host: FormHost = {
    root: schema,
    value: () => value,
    write(path: Path, next: unknown, rebuild: boolean) {
      value = setAt(value, path, next);
      if (rebuild) box.replaceChildren(renderForm(host));
    },
    open: new Map(),
  };
  box.replaceChildren(renderForm(host));
  type Control = HTMLInputElement;
  const control = (p: string) => box.querySelector<Control>(`[data-control="${p}"]`);
  /** Every control by its path, read once (a large scenario has thousands). */
  const controls = () => new Map([...box.querySelectorAll<Control>('[data-control]')].map((c) => [c.dataset.control!, c]));
  return { box, value: () => value, control, controls };
}

/**
 * Every field path named anywhere in a JSON Schema, found without the editor's code: `properties`
 * add `.key`, `items` add `[]`, a record's values `{}`, a tuple's items `[i]`, unions are transparent.
 */
function schemaFieldPaths(node: unknown, at = '', out = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return out;
  const s = node as Record<string, unknown>;
  for (const alt of [...((s.anyOf as unknown[]) ?? []), ...((s.oneOf as unknown[]) ?? [])]) schemaFieldPaths(alt, at, out);
  if (s.properties && typeof s.properties === 'object') {
    for (const [k, v] of Object.entries(s.properties)) {
      const p = at ? `${at}.${k}` : k;
      out.add(p);
      schemaFieldPaths(v, p, out);
    }
  }
  const names = s.propertyNames as { enum?: unknown[] } | undefined;
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    if (names?.enum) {
      for (const k of names.enum) {
        const p = at ? `${at}.${String(k)}` : String(k);
        out.add(p);
        schemaFieldPaths(s.additionalProperties, p, out);
      }
    } else {
      out.add(`${at}{}`);
      schemaFieldPaths(s.additionalProperties, `${at}{}`, out);
    }
  }
  if (Array.isArray(s.prefixItems)) s.prefixItems.forEach((v, i) => schemaFieldPaths(v, `${at}[${i}]`, out));
  else if (s.items && typeof s.items === 'object') schemaFieldPaths(s.items, `${at}[]`, out);
  return out;
}

/** Every leaf of a value with its path: `ports[0].flows[1].perDay` → 1200. */
function leaves(value: unknown, path: (string | number)[] = [], out: { path: string; value: unknown }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push({ path: pathText(path), value });
  return out;
}

describe('form generated from the scenario schema', () => {
  it('reaches every field the schema names, through every variant, and no field the schema lacks', () => {
    const schema = real();
    const expected = schemaFieldPaths(schema);
    const reachable = reachablePaths(schema);
    // The scenario has well over a hundred distinct fields; a walk that stopped early would show here.
    expect(expected.size).toBeGreaterThan(150);
    expect([...expected].filter((p) => !reachable.has(p))).toEqual([]);
    expect([...reachable].filter((p) => !expected.has(p))).toEqual([]);
    for (const p of ['ports[].laneGroups[].booths', 'ports[].laneGroups[].officers.byDayType.weekday.byHour', 'ports[].flows[].hourlyProfile.weekday', 'ports[].flows[].programs.sentri', 'policies[]', 'ports[].secondary.inspections[]']) {
      expect([...reachable].some((r) => r.startsWith(p)), p).toBe(true);
    }
  });

  it.each(bundledFiles.map((f) => [f.stem, f] as const))('shows every value of %s at the path the validator uses', (_stem, f) => {
    const parsed = parseText(f.text, f.fileName);
    if (!parsed.ok) throw new Error('bundled file does not parse');
    const form = formFor(real(), parsed.value);
    const all = leaves(parsed.value);
    expect(all.length).toBeGreaterThan(10);
    const missing: string[] = [];
    const controls = form.controls();
    for (const { path, value } of all) {
      const el = controls.get(path);
      if (!el) {
        missing.push(`${path}: no control`);
        continue;
      }
      const shown = el.type === 'checkbox' ? el.checked : el.classList.contains('ed-type') ? (el as unknown as HTMLSelectElement).selectedOptions[0]?.textContent : el.tagName === 'SELECT' ? JSON.parse(el.value) : el.type === 'number' ? Number(el.value) : el.value;
      if (shown !== value) missing.push(`${path}: shows ${JSON.stringify(shown)}, value ${JSON.stringify(value)}`);
    }
    expect(missing).toEqual([]);
    // Every control has a label the screen reader reads.
    const labelled = new Set([...form.box.querySelectorAll('label[for]')].map((l) => l.getAttribute('for')));
    const unlabelled = [...form.box.querySelectorAll<HTMLElement>('input, select, textarea')].filter((c) => !labelled.has(c.id));
    expect(unlabelled.map((c) => c.dataset.control ?? c.outerHTML.slice(0, 80))).toEqual([]);
  });

  it('starts a blank scenario with one port, one flow and one lane group, and offers the optional fields', () => {
    const form = formFor(real());
    for (const p of ['name', 'horizonHours', 'ports[0].id', 'ports[0].flows[0].perDay', 'ports[0].flows[0].mode', 'ports[0].laneGroups[0].booths', 'ports[0].laneGroups[0].kind']) {
      expect(form.control(p), p).not.toBeNull();
    }
    const adds = [...form.box.querySelectorAll<HTMLElement>('[data-add]')].map((b) => b.dataset.add);
    for (const p of ['seed', 'calendar', 'ports[0].secondary', 'ports[0].laneGroups[0].officers', 'ports[0].flows[0].hourlyProfile', 'ports[0].flows[0].programs', 'ports[]', 'ports[0].laneGroups[]', 'policies']) {
      expect(adds, p).toContain(p);
    }
    // Numbers carry the schema's bounds, enums become selects of the schema's values.
    const perDay = form.control('ports[0].flows[0].perDay')!;
    expect([perDay.type, perDay.min]).toEqual(['number', '0']);
    expect(Number(perDay.max)).toBe(getAt(scenarioJsonSchema(), ['properties', 'ports', 'items', 'properties', 'flows', 'items', 'properties', 'perDay', 'maximum']));
    const mode = form.control('ports[0].flows[0].mode')!;
    expect([...(mode as unknown as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['car', 'pedestrian', 'bus', 'truck']);
    // Help text from the schema's description, tied to the control.
    const help = form.box.querySelector(`#${mode.getAttribute('aria-describedby')!.split(' ')[0]}`)!;
    expect(help.textContent).toContain('How the traveler crosses');
  });

  it('switches a union by its type select, keeping the fields both variants share', () => {
    const form = formFor(real());
    // The type select of a distribution is the control of its kind.
    const type = form.control('ports[0].laneGroups[0].primarySeconds.kind')!;
    expect(type.tagName).toBe('SELECT');
    expect([...(type as unknown as HTMLSelectElement).options].map((o) => o.textContent)).toContain('lognormal-quantiles');
    form.control('ports[0].laneGroups[0].primarySeconds.mean')!.value = '42';
    form.control('ports[0].laneGroups[0].primarySeconds.mean')!.dispatchEvent(new Event('input'));
    type.value = String([...(type as unknown as HTMLSelectElement).options].findIndex((o) => o.textContent === 'gamma'));
    type.dispatchEvent(new Event('change'));
    expect(getAt(form.value(), ['ports', 0, 'laneGroups', 0, 'primarySeconds'])).toEqual({ kind: 'gamma', mean: 42, cv: 0 });
    expect(form.control('ports[0].laneGroups[0].primarySeconds.cv')).not.toBeNull();
    // Staffing: by hour gives 24 fields labelled by the hour.
    (form.box.querySelector('[data-add="ports[0].laneGroups[0].officers"]') as HTMLButtonElement).click();
    const staffing = form.control('ports[0].laneGroups[0].officers')!;
    staffing.value = String([...(staffing as unknown as HTMLSelectElement).options].findIndex((o) => o.textContent === 'By hour'));
    staffing.dispatchEvent(new Event('change'));
    expect(getAt(form.value(), ['ports', 0, 'laneGroups', 0, 'officers'])).toEqual({ byHour: Array(24).fill(0) });
    const h7 = form.control('ports[0].laneGroups[0].officers.byHour[7]')!;
    expect(form.box.querySelector(`label[for="${h7.id}"]`)!.textContent).toBe('07:00');
  });
});

describe('form generated from a synthetic schema', () => {
  const synthetic: JsonSchema = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, description: 'What to call it.' },
      rows: {
        type: 'array',
        minItems: 1,
        maxItems: 3,
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            share: { type: 'number', minimum: 0, maximum: 1 },
            color: { type: 'string', enum: ['red', 'green'] },
          },
          required: ['id', 'share'],
          additionalProperties: false,
        },
      },
      shape: { anyOf: [{ type: 'object', properties: { radius: { type: 'number', exclusiveMinimum: 0 } }, required: ['radius'] }, { type: 'object', properties: { side: { type: 'integer', minimum: 1 } }, required: ['side'] }] },
      flag: { type: 'boolean', default: true },
      ref: { $ref: '#/$defs/Count' },
    },
    required: ['name', 'rows', 'shape'],
    additionalProperties: false,
    $defs: { Count: { type: 'integer', minimum: 2, maximum: 9, title: 'Number of things', description: 'How many.' } },
  };

  it('draws labelled, bounded controls for whatever fields the schema has', () => {
    const form = formFor(synthetic);
    expect(form.value()).toEqual({ name: '', rows: [{ id: '', share: 0 }], shape: { radius: 1 } });
    const share = form.control('rows[0].share')!;
    expect([share.type, share.min, share.max, share.step]).toEqual(['number', '0', '1', 'any']);
    expect(form.box.querySelector(`label[for="${form.control('name')!.id}"]`)!.textContent).toBe('Name');
    // Optional fields are offered by name: a $ref's title labels it.
    const adds = [...form.box.querySelectorAll<HTMLButtonElement>('[data-add]')];
    expect(adds.map((b) => b.textContent)).toEqual(['+ Color', '+ Row', '+ Flag', '+ Number of things']);
    adds[3].click();
    const ref = form.control('ref')!;
    expect([ref.min, ref.max, ref.step, ref.value]).toEqual(['2', '9', '1', '2']);
  });

  it('a new field in the schema appears by itself, with its bounds and description', () => {
    const schema = JSON.parse(JSON.stringify(synthetic)) as JsonSchema;
    const item = getAt(schema, ['properties', 'rows', 'items']) as JsonSchema;
    (item.properties as JsonSchema).canopyHeightMeters = { type: 'number', minimum: 3, maximum: 12, description: 'Clearance under the canopy.' };
    (item.required as string[]).push('canopyHeightMeters');
    const form = formFor(schema);
    const c = form.control('rows[0].canopyHeightMeters')!;
    expect([c.min, c.max, c.value]).toEqual(['3', '12', '3']);
    expect(form.box.querySelector(`label[for="${c.id}"]`)!.textContent).toBe('Canopy height meters');
    expect(form.box.textContent).toContain('Clearance under the canopy.');

    // The same on the real scenario schema: a new optional lane-group field is offered.
    const realSchema = real();
    const lane = getAt(realSchema, ['properties', 'ports', 'items', 'properties', 'laneGroups', 'items']) as JsonSchema;
    (lane.properties as JsonSchema).canopyHeightMeters = { type: 'number', minimum: 3, maximum: 12, description: 'Clearance under the canopy.' };
    const real2 = formFor(realSchema);
    const add = real2.box.querySelector<HTMLButtonElement>('[data-add="ports[0].laneGroups[0].canopyHeightMeters"]')!;
    expect(add.textContent).toBe('+ Canopy height meters');
    add.click();
    expect(real2.control('ports[0].laneGroups[0].canopyHeightMeters')!.value).toBe('3');
  });

  it('adds, moves and removes rows within the schema bounds, and switches union variants', () => {
    const form = formFor(synthetic);
    const addRow = () => form.box.querySelector<HTMLButtonElement>('[data-add="rows[]"]')!;
    const set = (p: string, v: string) => {
      const c = form.control(p)!;
      c.value = v;
      c.dispatchEvent(new Event('input'));
    };
    set('rows[0].id', 'a');
    addRow().click();
    set('rows[1].id', 'b');
    addRow().click();
    set('rows[2].id', 'c');
    expect(addRow().disabled).toBe(true); // maxItems 3
    const tool = (label: string) => [...form.box.querySelectorAll<HTMLButtonElement>('button.ed-tool')].find((b) => b.getAttribute('aria-label') === label)!;
    tool('Move Row 3 up').click();
    expect((form.value() as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(tool('Move Row 1 up').disabled).toBe(true);
    tool('Remove Row 1').click();
    tool('Remove Row 1').click();
    expect((form.value() as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(['b']);
    expect(tool('Remove Row 1').disabled).toBe(true); // minItems 1
    const shape = form.control('shape')!;
    expect([...(shape as unknown as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Radius', 'Side']);
    shape.value = '1';
    shape.dispatchEvent(new Event('change'));
    expect((form.value() as { shape: unknown }).shape).toEqual({ side: 1 });
    expect(form.control('shape.side')!.step).toBe('1');
  });
});
