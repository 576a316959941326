// Draws a form for any value of a JSON Schema: objects as fieldsets, lists as rows that can be
// added, removed and moved, choices as selects, numbers with the schema's bounds, unions as a type
// select, optional fields behind an "add" button, descriptions as help text. Every control carries
// the field path the validator uses (`data-path="ports[0].laneGroups[2].booths"`), so a problem
// lands next to its field.

import { h } from '../app/dom.ts';
import { language, t } from './texts.ts';
import { formatFixed } from '../i18n/number.ts';
import {
  blankValue,
  boundsOf,
  discriminatorOf,
  fieldsOf,
  getAt,
  itemOf,
  kindOf,
  labelFromKey,
  lengthBounds,
  pathText,
  recordValueOf,
  singular,
  switchVariant,
  variantIndexOf,
  variantsOf,
  type JsonSchema,
  type Path,
} from './schema-walk.ts';

export interface FormHost {
  root: JsonSchema;
  /** The whole value the form edits. */
  value(): unknown;
  /**
   * Puts `next` at `path`; `rebuild` when the form's shape changes (a row or field added, removed
   * or moved, a type chosen), and the control to focus then (a `data-focus` key).
   */
  write(path: Path, next: unknown, rebuild: boolean, focus?: string): void;
  /** Open or closed rows, by path, kept across redraws. */
  open: Map<string, boolean>;
}

let counter = 0;
const nextId = () => `ed-${(counter += 1)}`;

const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

function titleOf(s: JsonSchema, key: string): string {
  return typeof s.title === 'string' && s.title ? s.title : labelFromKey(key);
}

/** A bound as the page writes numbers: the language's decimal mark, thin-space thousands, its own decimals (up to 6). */
function numberText(x: number): string {
  const decimals = Math.min(6, (String(x).split('.')[1] ?? '').length);
  return formatFixed(x, decimals);
}

/** "0 to 1", "≥ 0", "> 0": the bounds the schema puts on a number, for the help text. */
function rangeText(s: JsonSchema): string {
  const b = boundsOf(s);
  const lo = b.min !== undefined ? `≥ ${numberText(b.min)}` : b.exclusiveMin !== undefined ? `> ${numberText(b.exclusiveMin)}` : '';
  // The largest safe integer is zod's way of saying "no upper bound".
  const hiValue = b.max !== undefined && b.max < Number.MAX_SAFE_INTEGER ? b.max : undefined;
  const hi = hiValue !== undefined ? `≤ ${numberText(hiValue)}` : b.exclusiveMax !== undefined ? `< ${numberText(b.exclusiveMax)}` : '';
  const parts = [lo, hi].filter((x) => x !== '');
  const range = parts.join(', ');
  if (b.integer) return t('editor:form.wholeNumber', { range: range || '…' });
  return range ? t('editor:form.allowed', { range }) : '';
}

/** Labels of the rows of a list of fixed length: 24 hours of the day, 7 days of the week, else numbers. */
function rowNames(length: number): string[] | null {
  if (length === 24) return Array.from({ length: 24 }, (_, i) => `${String(i).padStart(2, '0')}:00`);
  if (length === 7) {
    const fmt = new Intl.DateTimeFormat(language(), { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday: the schema's weeks start on Monday.
    return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2024, 0, 1 + i))));
  }
  return null;
}

/** A short name of a variant for the type select: its constant (a distribution's kind), its fields, or its type. */
export function variantName(v: JsonSchema, root: JsonSchema, discriminator: string | null): string {
  if (discriminator) {
    const f = fieldsOf(v, root).find((x) => x.key === discriminator);
    if (f) return String(f.schema.const);
  }
  const k = kindOf(v);
  if (k === 'object') {
    const fields = fieldsOf(v, root);
    const req = fields.filter((f) => f.required).map((f) => f.key);
    return (req.length > 0 ? req : fields.map((f) => f.key)).map(labelFromKey).join(' / ') || t('editor:kinds.object');
  }
  if (k === 'array' || k === 'tuple') {
    const { min, max } = lengthBounds(v);
    return min === max ? t('editor:kinds.listOf', { count: min }) : t('editor:kinds.list');
  }
  if (k === 'const') return String(v.const);
  if (k === 'integer') return t('editor:kinds.integer');
  if (k === 'number') return t('editor:kinds.number');
  if (k === 'string') return typeof v.pattern === 'string' && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(v.pattern) ? t('editor:kinds.date') : t('editor:kinds.text');
  if (k === 'boolean') return t('editor:kinds.boolean');
  if (k === 'null') return t('editor:kinds.none');
  if (k === 'enum') return (v.enum as unknown[]).map(String).join(' | ');
  return t('editor:kinds.any');
}

interface Slot {
  schema: JsonSchema;
  path: Path;
  label: string;
  /** Buttons beside the label (remove an optional field, move a row). */
  tools?: HTMLElement[];
  /** Set when a surrounding union already shows the description. */
  noHelp?: boolean;
}

function help(s: JsonSchema, extra = ''): HTMLElement | null {
  const text = [typeof s.description === 'string' ? s.description : '', extra].filter((x) => x).join(' · ');
  return text ? h('p', { class: 'ed-help', id: nextId() }, text) : null;
}

function errorBox(): HTMLElement {
  return h('div', { class: 'ed-error', id: nextId(), hidden: true });
}

function toolButton(text: string, label: string, focusKey: string, onClick: () => void, disabled = false): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'secondary small ed-tool', 'aria-label': label, title: label, 'data-focus': focusKey, disabled }, text);
  b.addEventListener('click', onClick);
  return b;
}

/** The form for `host.value()` under `schema` (the whole scenario, or a part of it in tests). */
export function renderForm(host: FormHost, schema: JsonSchema = host.root): HTMLElement {
  const box = h('div', { class: 'ed-form-body' });
  box.appendChild(node(host, { schema, path: [], label: titleOf(schema, 'value') }));
  return box;
}

function node(host: FormHost, slot: Slot): HTMLElement {
  const k = kindOf(slot.schema);
  if (k === 'object') return objectNode(host, slot);
  if (k === 'record') return recordNode(host, slot);
  if (k === 'array' || k === 'tuple') return arrayNode(host, slot);
  if (k === 'union') return unionNode(host, slot);
  return scalarNode(host, slot);
}

function group(slot: Slot, extraHelp = ''): { el: HTMLElement; body: HTMLElement } {
  const p = pathText(slot.path);
  const legend = h('legend', { class: 'ed-legend' }, h('span', { class: 'ed-label' }, slot.label), ...(slot.tools ?? []));
  const helpEl = slot.noHelp ? (extraHelp ? h('p', { class: 'ed-help', id: nextId() }, extraHelp) : null) : help(slot.schema, extraHelp);
  const err = errorBox();
  const body = h('div', { class: 'ed-body' });
  const el = h('fieldset', { class: 'ed-group', 'data-path': p }, legend, helpEl, err, body);
  el.setAttribute('aria-describedby', [helpEl?.id, err.id].filter(Boolean).join(' '));
  return { el, body };
}

function objectNode(host: FormHost, slot: Slot, into?: HTMLElement, skip?: string): HTMLElement {
  const value = getAt(host.value(), slot.path);
  const obj = isObj(value) ? value : {};
  const g = into ? { el: into, body: into } : group(slot);
  const absent: HTMLElement[] = [];
  const fields = fieldsOf(slot.schema, host.root);
  const known = new Set(fields.map((f) => f.key));
  for (const f of fields) {
    if (f.key === skip) continue;
    const path = [...slot.path, f.key];
    const label = titleOf(f.schema, f.key);
    const present = Object.prototype.hasOwnProperty.call(obj, f.key);
    if (present || f.required) {
      const tools = f.required
        ? []
        : [toolButton('×', t('editor:form.remove', { what: label }), `add:${pathText(path)}`, () => host.write(path, undefined, true, `add:${pathText(path)}`))];
      g.body.appendChild(node(host, { schema: f.schema, path, label, tools }));
    } else {
      const b = h('button', { type: 'button', class: 'secondary small ed-add', 'data-focus': `add:${pathText(path)}`, 'data-add': pathText(path) }, `+ ${label}`);
      b.setAttribute('aria-label', t('editor:form.add', { what: label }));
      if (typeof f.schema.description === 'string') b.title = f.schema.description;
      b.addEventListener('click', () => host.write(path, blankValue(f.schema, host.root), true, `field:${pathText(path)}`));
      absent.push(b);
    }
  }
  // Fields the schema does not know (a typo in a loaded file) are shown so they can be removed; the validator names them.
  for (const key of Object.keys(obj).filter((x) => !known.has(x) && x !== skip)) {
    const path = [...slot.path, key];
    const tools = [toolButton('×', t('editor:form.remove', { what: key }), `unknown:${pathText(path)}`, () => host.write(path, undefined, true))];
    g.body.appendChild(scalarNode(host, { schema: {}, path, label: key, tools }));
  }
  if (absent.length > 0) g.body.appendChild(h('div', { class: 'ed-optional', role: 'group', 'aria-label': t('editor:form.optional') }, h('span', { class: 'ed-optional-label' }, t('editor:form.optional')), ...absent));
  return g.el;
}

function recordNode(host: FormHost, slot: Slot): HTMLElement {
  const value = getAt(host.value(), slot.path);
  const obj = isObj(value) ? value : {};
  const g = group(slot);
  const valueSchema = recordValueOf(slot.schema, host.root);
  const keys = Object.keys(obj);
  const what = singular(slot.label);
  keys.forEach((key, i) => {
    const path = [...slot.path, key];
    const keyId = nextId();
    const keyInput = h('input', { type: 'text', id: keyId, class: 'ed-key', value: key, 'data-focus': `key:${pathText(path)}`, spellcheck: 'false', autocomplete: 'off' });
    keyInput.addEventListener('change', () => {
      const next = keyInput.value.trim();
      const now = getAt(host.value(), slot.path);
      const cur = isObj(now) ? now : {};
      if (!next || next === key || Object.prototype.hasOwnProperty.call(cur, next)) {
        keyInput.value = key;
        return;
      }
      // Rename in place, keeping the order of the other keys.
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(cur)) Object.defineProperty(out, k === key ? next : k, { value: cur[k], enumerable: true, writable: true, configurable: true });
      host.write(slot.path, out, true, `key:${pathText([...slot.path, next])}`);
    });
    const remove = toolButton('×', t('editor:form.remove', { what: `${what} ${key}` }), `add:${pathText(slot.path)}`, () => host.write(path, undefined, true, `add:${pathText(slot.path)}`));
    const row = h(
      'div',
      { class: 'ed-entry' },
      h('div', { class: 'ed-field ed-keyfield' }, h('label', { for: keyId }, t('editor:form.key', { n: i + 1 })), keyInput),
      node(host, { schema: valueSchema, path, label: key, tools: [remove] }),
    );
    g.body.appendChild(row);
  });
  const add = h('button', { type: 'button', class: 'secondary small ed-add', 'data-focus': `add:${pathText(slot.path)}`, 'data-add': `${pathText(slot.path)}{}` }, `+ ${what}`);
  add.setAttribute('aria-label', t('editor:form.add', { what }));
  add.addEventListener('click', () => {
    let n = keys.length + 1;
    while (Object.prototype.hasOwnProperty.call(obj, `key${n}`)) n++;
    const key = `key${n}`;
    host.write([...slot.path, key], blankValue(valueSchema, host.root), true, `key:${pathText([...slot.path, key])}`);
  });
  g.body.appendChild(add);
  return g.el;
}

/** The name a row shows when closed: "Lane group 3: ready lanes". */
function rowTitle(what: string, i: number, item: unknown): string {
  const base = t('editor:form.item', { what, n: i + 1 });
  if (!isObj(item)) return base;
  const name = [item.name, item.label, item.id].find((x) => typeof x === 'string' && x !== '');
  return name ? `${base}: ${String(name)}` : base;
}

function arrayNode(host: FormHost, slot: Slot): HTMLElement {
  const value = getAt(host.value(), slot.path);
  const list = Array.isArray(value) ? value : [];
  // Handlers read the value when they run: fields typed since the last redraw are in it, not in `list`.
  const current = (): unknown[] => {
    const v = getAt(host.value(), slot.path);
    return Array.isArray(v) ? v : [];
  };
  const tuple = kindOf(slot.schema) === 'tuple';
  const { min, max } = tuple ? { min: list.length, max: list.length } : lengthBounds(slot.schema);
  const fixed = tuple || min === max;
  const g = group(slot, fixed ? '' : min > 0 || max < Infinity ? t('editor:form.rows', { min, max: max === Infinity ? '∞' : max }) : '');
  const what = singular(slot.label);
  const names = fixed ? rowNames(list.length) : null;
  const itemSchemas = list.map((_, i) => itemOf(slot.schema, host.root, i));
  const simple = itemSchemas.every((s) => ['number', 'integer', 'string', 'boolean', 'enum', 'const'].includes(kindOf(s)));
  if (simple) g.body.classList.add('ed-grid');
  list.forEach((item, i) => {
    const path = [...slot.path, i];
    const label = names ? names[i] : t('editor:form.item', { what, n: i + 1 });
    const tools: HTMLElement[] = [];
    if (!fixed) {
      const move = (to: number) => {
        const next = [...current()];
        [next[i], next[to]] = [next[to], next[i]];
        return next;
      };
      tools.push(
        toolButton('↑', t('editor:form.moveUp', { what: label }), `up:${pathText(path)}`, () => host.write(slot.path, move(i - 1), true, `up:${pathText([...slot.path, i - 1])}`), i === 0),
        toolButton('↓', t('editor:form.moveDown', { what: label }), `down:${pathText(path)}`, () => host.write(slot.path, move(i + 1), true, `down:${pathText([...slot.path, i + 1])}`), i === list.length - 1),
        toolButton('×', t('editor:form.remove', { what: label }), `add:${pathText(slot.path)}`, () => host.write(slot.path, current().filter((_, j) => j !== i), true, `add:${pathText(slot.path)}`), list.length <= min),
      );
    }
    const child = node(host, { schema: itemSchemas[i], path, label, tools });
    if (simple) {
      g.body.appendChild(child);
      return;
    }
    // Rows of fields fold, so a port of twenty lane groups stays readable; a few rows start open.
    const key = pathText(path);
    const details = h('details', { class: 'ed-item', 'data-row': key });
    details.open = host.open.get(key) ?? list.length <= 3;
    details.addEventListener('toggle', () => host.open.set(key, details.open));
    details.append(h('summary', {}, h('span', { class: 'ed-summary-title' }, rowTitle(what, i, item)), h('span', { class: 'ed-count', hidden: true })), child);
    g.body.appendChild(details);
  });
  if (!fixed) {
    const add = h('button', { type: 'button', class: 'secondary small ed-add', 'data-focus': `add:${pathText(slot.path)}`, 'data-add': `${pathText(slot.path)}[]`, disabled: list.length >= max }, `+ ${what}`);
    add.setAttribute('aria-label', t('editor:form.add', { what }));
    add.addEventListener('click', () => {
      const path = [...slot.path, list.length];
      host.open.set(pathText(path), true);
      host.write(slot.path, [...current(), blankValue(itemOf(slot.schema, host.root, list.length), host.root)], true, `field:${pathText(path)}`);
    });
    g.body.appendChild(add);
  }
  return g.el;
}

function unionNode(host: FormHost, slot: Slot): HTMLElement {
  const variants = variantsOf(slot.schema, host.root);
  const value = getAt(host.value(), slot.path);
  const disc = discriminatorOf(variants, host.root);
  const chosen = variantIndexOf(variants, value, host.root);
  const g = group(slot);
  const id = nextId();
  // A discriminated union's select is the control of its discriminator (a distribution's `kind`).
  const select = h('select', { id, class: 'ed-type', 'data-focus': `type:${pathText(slot.path)}`, 'data-control': pathText(disc ? [...slot.path, disc] : slot.path) });
  variants.forEach((v, i) => {
    const o = h('option', { value: String(i) }, variantName(v, host.root, disc));
    o.selected = i === chosen;
    select.appendChild(o);
  });
  select.addEventListener('change', () => {
    const to = variants[Number(select.value)];
    host.write(slot.path, switchVariant(to, getAt(host.value(), slot.path), host.root, disc), true, `type:${pathText(slot.path)}`);
  });
  const chosenHelp = typeof variants[chosen]?.description === 'string' ? h('p', { class: 'ed-help', id: nextId() }, variants[chosen].description as string) : null;
  g.body.appendChild(h('div', { class: 'ed-field ed-typefield' }, h('label', { for: id }, t('editor:form.type')), select));
  if (chosenHelp) select.setAttribute('aria-describedby', chosenHelp.id);
  const v = variants[chosen];
  if (!v) return g.el;
  if (kindOf(v) === 'object') {
    // The variant's fields sit in the union's own fieldset; a discriminator is the type select already.
    if (disc) {
      const f = fieldsOf(v, host.root).find((x) => x.key === disc);
      if (f && typeof f.schema.description === 'string') g.body.appendChild(h('p', { class: 'ed-help' }, f.schema.description));
    } else if (chosenHelp) g.body.appendChild(chosenHelp);
    objectNode(host, { ...slot, schema: v }, g.body, disc ?? undefined);
  } else {
    if (chosenHelp) g.body.appendChild(chosenHelp);
    g.body.appendChild(node(host, { schema: v, path: slot.path, label: variantName(v, host.root, null), noHelp: true }));
  }
  return g.el;
}

function scalarNode(host: FormHost, slot: Slot): HTMLElement {
  const k = kindOf(slot.schema);
  const p = pathText(slot.path);
  const value = getAt(host.value(), slot.path);
  const id = nextId();
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  let extra = '';
  const write = (next: unknown) => host.write(slot.path, next, false);
  if (k === 'number' || k === 'integer') {
    const b = boundsOf(slot.schema);
    const input = h('input', { type: 'number', inputmode: b.integer ? 'numeric' : 'decimal', step: b.integer ? '1' : 'any' });
    const lo = b.min ?? b.exclusiveMin;
    const hi = b.max ?? b.exclusiveMax;
    if (lo !== undefined) input.min = String(lo);
    if (hi !== undefined && hi < Number.MAX_SAFE_INTEGER) input.max = String(hi);
    input.value = typeof value === 'number' ? String(value) : '';
    // A field left empty is a missing field; the validator says whether it may be.
    input.addEventListener('input', () => write(input.value.trim() === '' ? undefined : Number(input.value)));
    control = input;
    extra = rangeText(slot.schema);
  } else if (k === 'enum' || k === 'const' || k === 'null') {
    const options = k === 'const' ? [slot.schema.const] : k === 'null' ? [null] : (slot.schema.enum as unknown[]);
    const select = h('select', {});
    const all = options.includes(value) || value === undefined ? options : [...options, value];
    for (const o of all) {
      const opt = h('option', { value: JSON.stringify(o) }, String(o));
      opt.selected = o === value;
      select.appendChild(opt);
    }
    select.addEventListener('change', () => write(JSON.parse(select.value) as unknown));
    control = select;
  } else if (k === 'boolean') {
    const input = h('input', { type: 'checkbox' });
    input.checked = value === true;
    input.addEventListener('change', () => write(input.checked));
    control = input;
  } else if (k === 'string' && typeof value === 'string' && (value.includes('\n') || value.length > 80)) {
    // Prose (a description, a citation) gets room, and keeps its line breaks.
    const area = h('textarea', { rows: Math.min(8, Math.ceil(value.length / 70) + 1), spellcheck: 'true' });
    area.value = value;
    area.addEventListener('input', () => write(area.value));
    control = area;
  } else if (k === 'string') {
    const input = h('input', { type: 'text', spellcheck: 'false', autocomplete: 'off' });
    input.value = typeof value === 'string' ? value : value === undefined ? '' : String(value);
    if (typeof slot.schema.pattern === 'string' && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(slot.schema.pattern)) input.placeholder = 'YYYY-MM-DD';
    if (typeof slot.schema.minLength === 'number' && slot.schema.minLength > 0) input.required = true;
    input.addEventListener('input', () => write(input.value));
    control = input;
  } else {
    // Anything else (a field the schema leaves open, or one it does not know) as JSON text.
    const area = h('textarea', { rows: 2, spellcheck: 'false' });
    area.value = value === undefined ? '' : JSON.stringify(value);
    area.addEventListener('input', () => {
      try {
        write(area.value.trim() === '' ? undefined : (JSON.parse(area.value) as unknown));
      } catch {
        write(area.value);
      }
    });
    control = area;
  }
  control.id = id;
  control.classList.add('ed-control');
  control.dataset.control = p;
  control.dataset.focus = `field:${p}`;
  const helpEl = slot.noHelp ? (extra ? h('p', { class: 'ed-help', id: nextId() }, extra) : null) : help(slot.schema, extra);
  const err = errorBox();
  control.setAttribute('aria-describedby', [helpEl?.id, err.id].filter(Boolean).join(' '));
  const label = h('label', { for: id, class: 'ed-label' }, slot.label);
  const head = h('div', { class: 'ed-head' }, label, ...(slot.tools ?? []));
  const wrap = h('div', { class: `ed-field ed-${k}`, 'data-path': p }, head, control, helpEl, err);
  return wrap;
}
