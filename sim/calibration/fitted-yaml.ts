// Writes the calibrated scenario as YAML by editing the scenario file's own text, so its comments, sources and order survive.

import { Document, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { lanePath } from '../staffing-search/fitted-yaml.ts';
import type { CalibrateResult } from './calibrate.ts';

/**
 * The scenario file's text (YAML or JSON) with the fitted values written in — the fitted lane groups'
 * `officers: { byHour: [24] }`, their scaled `primarySeconds`, `primaryByFlow` and `primaryByProgram`,
 * and the fitted program shares — and the `calibration` record as a new top-level block (replacing
 * one already there). Everything else, comments included, is kept as written. Returns YAML.
 */
export function calibratedScenarioYaml(sourceText: string, result: CalibrateResult): string {
  let doc: Document = parseDocument(sourceText);
  if (doc.errors.length > 0) throw new SyntaxError(`the scenario text does not parse: ${doc.errors[0].message}`);
  if (isMap(doc.contents) && doc.contents.flow) doc = new Document(doc.toJS());
  const fitted = result.fittedScenario;
  for (const lane of result.lanes) {
    const path = lanePath(doc, lane.port, lane.lane);
    const pi = fitted.ports.findIndex((p) => p.id === lane.port);
    const g = fitted.ports[pi].laneGroups.find((l) => l.id === lane.lane)!;
    if (lane.officers) {
      const node = doc.createNode({ byHour: lane.officers.fitted });
      const list = isMap(node) ? node.get('byHour', true) : null;
      if (isSeq(list)) list.flow = true;
      doc.setIn([...path, 'officers'], node);
    }
    if (lane.serviceScale !== null && lane.serviceScale !== 1) {
      doc.setIn([...path, 'primarySeconds'], flowNode(doc, g.primarySeconds));
      for (const [key, d] of Object.entries(g.primaryByFlow)) doc.setIn([...path, 'primaryByFlow', key], flowNode(doc, d));
      for (const [key, d] of Object.entries(g.primaryByProgram)) if (d !== undefined) doc.setIn([...path, 'primaryByProgram', key], flowNode(doc, d));
    }
  }
  for (const share of result.shares) {
    if (share.fitted === share.start) continue;
    const path = flowPath(doc, share.port, share.flow);
    const programs = doc.getIn([...path, 'programs'], true);
    if (isMap(programs)) programs.set(share.program, share.fitted);
    else {
      const pi = fitted.ports.findIndex((p) => p.id === share.port);
      doc.setIn([...path, 'programs'], flowNode(doc, fitted.ports[pi].flows.find((f) => f.id === share.flow)!.programs));
    }
  }
  const record = doc.createNode(result.calibration);
  // One row of the hourly fit per line, as a table reads.
  visitRows(record);
  doc.set('calibration', record);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function flowNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  if (isMap(node) || isSeq(node)) node.flow = true;
  return node;
}

function visitRows(node: unknown): void {
  if (isMap(node)) {
    for (const item of node.items) {
      const key = (item.key as { value?: unknown } | null)?.value;
      if ((key === 'rows' || key === 'ratioToGeneral') && (isSeq(item.value) || isMap(item.value))) {
        if (isSeq(item.value)) {
          for (const row of item.value.items) if (isMap(row)) row.flow = true;
        } else item.value.flow = true;
      } else visitRows(item.value);
    }
  } else if (isSeq(node)) for (const item of node.items) visitRows(item);
}

function flowPath(doc: Document, port: string, flow: string): (string | number)[] {
  const ports = doc.get('ports');
  if (isSeq(ports)) {
    for (let pi = 0; pi < ports.items.length; pi++) {
      const p = ports.items[pi];
      if (!isMap(p) || p.get('id') !== port) continue;
      const flows = p.get('flows');
      if (!isSeq(flows)) break;
      for (let fi = 0; fi < flows.items.length; fi++) {
        const f = flows.items[fi];
        if (isMap(f) && f.get('id') === flow) return ['ports', pi, 'flows', fi];
      }
    }
  }
  throw new RangeError(`flow ${port}/${flow} is not in the scenario text`);
}
