// A small strict reader for flat data XML such as CBP's bwt.xml: elements, text, comments, the
// declaration and the five standard entities. No DTDs, namespaces or mixed content are needed there.

/** An element: its name, the line it starts on, its child elements and its text (entities decoded). */
export interface XmlElement {
  name: string;
  line: number;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Parses a document with one root element, or says at which line and why it is not well-formed. */
export function parseXml(text: string): { ok: true; root: XmlElement } | { ok: false; line: number; message: string } {
  let i = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (text.charCodeAt(k) === 10) line++;
    i = to;
  };
  const decode = (s: string): string | null => {
    let bad = false;
    const out = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);|&/gi, (m, e: string | undefined) => {
      if (!e) {
        bad = true;
        return m;
      }
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      if (e in ENTITIES) return ENTITIES[e];
      bad = true;
      return m;
    });
    return bad ? null : out;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk.trim() !== '') {
      if (stack.length === 0) return { ok: false, line, message: `text "${chunk.trim().slice(0, 30)}" outside the root element` };
      const t = decode(chunk);
      if (t === null) return { ok: false, line, message: 'a bare "&"; expected an entity such as &amp;' };
      stack[stack.length - 1].text += t;
    }
    advance(lt < 0 ? text.length : lt);
    if (lt < 0) break;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end < 0) return { ok: false, line, message: 'unterminated <? … ?>' };
      advance(end + 2);
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) return { ok: false, line, message: 'unterminated comment' };
      advance(end + 3);
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) return { ok: false, line, message: 'unterminated or misplaced CDATA section' };
      stack[stack.length - 1].text += text.slice(i + 9, end);
      advance(end + 3);
      continue;
    }
    if (text.startsWith('<!', i)) return { ok: false, line, message: 'declarations (<!DOCTYPE …>) are not read; expected plain elements' };
    const gt = text.indexOf('>', i);
    if (gt < 0) return { ok: false, line, message: 'unterminated tag' };
    const tag = text.slice(i + 1, gt);
    const startLine = line;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (!open) return { ok: false, line, message: `closing tag </${name}> with no open element` };
      if (open.name !== name) return { ok: false, line, message: `closing tag </${name}>; expected </${open.name}> (opened at line ${open.line})` };
      advance(gt + 1);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const m = /^([A-Za-z_][\w.-]*)(\s+[^]*)?$/.exec(selfClosing ? tag.slice(0, -1) : tag);
    if (!m) return { ok: false, line, message: `"<${tag.slice(0, 30)}>" is not a tag` };
    const el: XmlElement = { name: m[1], line: startLine, children: [], text: '' };
    if (stack.length === 0) {
      if (root) return { ok: false, line, message: `a second root element <${el.name}>; expected one` };
      root = el;
    } else stack[stack.length - 1].children.push(el);
    if (!selfClosing) stack.push(el);
    advance(gt + 1);
  }
  if (stack.length > 0) return { ok: false, line, message: `<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed` };
  if (!root) return { ok: false, line, message: 'no element; expected a root element' };
  return { ok: true, root };
}
