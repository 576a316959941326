// Hostile input and output for the command line: alias bombs, NUL characters, duplicate keys, endless devices and FIFOs, control characters, floods of problems. Each case: the expected exit status, a message naming the file (and the field), under 4,000 characters, no stack trace, within 20 s.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectOutcome, runCase, type Expectation } from '../run-case.ts';

const F = 'tests/hostile/io/files';
const THEORY = 'scenarios/bundled/mmc-theory-check.yaml';
const OBSERVED = 'observed/samples/san-ysidro-weekday-hist.csv';
const SHORT_RUN = ['-r', '1', '--hours', '22'];

interface Case extends Expectation {
  name: string;
  /** The command line; `$TMP` is the case folder made in beforeAll. */
  args: string[];
  /** Extra checks on what was printed. */
  check?: (r: { stdout: string; stderr: string }) => void;
}

let tmp = '';
const writers: ChildProcess[] = [];

const CASES: Case[] = [
  // YAML and JSON that would exhaust memory or hide a mistake.
  { name: 'billion laughs (nested YAML aliases)', args: ['validate', `${F}/alias-bomb.yaml`], code: 1, names: [`${F}/alias-bomb.yaml`, 'aliases expand too far'] },
  { name: 'an alias to no anchor', args: ['validate', `${F}/undefined-alias.yaml`], code: 1, names: [`${F}/undefined-alias.yaml`, 'nowhere'] },
  { name: 'a NUL in YAML', args: ['validate', `${F}/nul.yaml`], code: 1, names: [`${F}/nul.yaml`, 'NUL character at line 2, column 13'] },
  { name: 'a NUL in JSON', args: ['validate', `${F}/nul.json`], code: 1, names: [`${F}/nul.json`, 'NUL character at line 2, column 19'] },
  { name: 'a key twice in one JSON object', args: ['validate', `${F}/duplicate-key.json`], code: 1, names: [`${F}/duplicate-key.json`, 'ports[0].laneGroups[0].booths', 'duplicate key at line 3'] },
  { name: 'a key twice in one YAML mapping', args: ['validate', `${F}/duplicate-key.yaml`], code: 1, names: [`${F}/duplicate-key.yaml`, 'line 2'] },
  { name: 'a NUL in an experiment file', args: ['sweep', `${F}/experiment-nul.yaml`, '--out', '$TMP/sweep-nul'], code: 1, names: [`${F}/experiment-nul.yaml`, 'NUL character'] },
  { name: 'billion laughs in an experiment file', args: ['sweep', `${F}/experiment-alias-bomb.yaml`, '--out', '$TMP/sweep-bomb'], code: 1, names: [`${F}/experiment-alias-bomb.yaml`, 'aliases'] },
  { name: 'a key twice in a JSON experiment file', args: ['sweep', `${F}/experiment-duplicate-key.json`, '--out', '$TMP/sweep-dup'], code: 1, names: [`${F}/experiment-duplicate-key.json`, 'replications', 'duplicate key'] },
  { name: 'a NUL in an observed-waits file', args: ['compare-waits', THEORY, `${F}/observed-nul.csv`], code: 1, names: [`${F}/observed-nul.csv`, 'NUL character at line 2'] },

  // Odd but valid files run.
  { name: 'a byte-order mark and CRLF line ends', args: ['run', `${F}/bom-crlf.yaml`, ...SHORT_RUN], code: 0 },
  { name: 'a byte-order mark before JSON', args: ['validate', `${F}/bom.json`], code: 1, names: [`${F}/bom.json`, 'name'], check: (r) => expect(r.stderr).not.toMatch(/not valid JSON/) },
  { name: 'anchors and aliases used sensibly', args: ['run', `${F}/anchors.yaml`, ...SHORT_RUN], code: 0 },
  { name: 'a 1 MB scenario name', args: ['run', '$TMP/huge-name.yaml', ...SHORT_RUN, '--format', 'json'], code: 0 },
  { name: 'a 1 MB scenario name, validated', args: ['validate', '$TMP/huge-name.yaml'], code: 0, check: (r) => expect(r.stdout.length).toBeLessThan(1000) },

  // Control characters never reach the terminal raw.
  { name: 'ESC and bidi overrides in the scenario name (table)', args: ['run', `${F}/escape-name.yaml`, ...SHORT_RUN], code: 0, check: (r) => {
    expect(/[\u001b\u0007\u202e]/.test(r.stdout)).toBe(false);
    expect(r.stdout).toContain('\\u001b[2J\\u001b[31mred\\u202e \\u0007 bell');
  } },
  { name: 'ESC in the scenario name (validate)', args: ['validate', `${F}/escape-name.yaml`], code: 0, check: (r) => expect(/[\u001b\u0007\u202e]/.test(r.stdout)).toBe(false) },
  { name: 'ESC in an unknown field name', args: ['validate', `${F}/escape-field.yaml`], code: 1, names: [`${F}/escape-field.yaml`, '\\u001b]0;pwned\\u0007\\u001b[31m', 'unknown field'] },
  { name: 'ESC in a file name', args: ['validate', '$TMP/\u001b[31mred.yaml'], code: 1, names: ['\\u001b[31mred.yaml', 'no such file'] },
  { name: 'ESC in an option value', args: ['run', THEORY, '--hours', '\u001b[31m12'], code: 2, names: ['\\u001b[31m12', '--hours'] },

  // Floods of problems and very long messages stay short.
  { name: '20,000 problems', args: ['validate', '$TMP/many-problems.json'], code: 1, names: ['$TMP/many-problems.json: ports[0]', 'more problems'] },
  { name: 'a 100,000-character field name', args: ['validate', '$TMP/long-key.json'], code: 1, names: ['$TMP/long-key.json: kkkk', 'more characters)'] },
  { name: 'many invalid files at once', args: ['validate', ...Array.from({ length: 40 }, () => `${F}/nul.yaml`)], code: 1, names: [`${F}/nul.yaml`, 'more problems', '40 of 40 files are invalid'] },

  // Reads stop at the size limit, whatever the file says its size is.
  { name: '/dev/zero as a scenario', args: ['validate', '/dev/zero'], code: 1, names: ['/dev/zero', 'more than 2000000 bytes'] },
  { name: '/dev/zero as an experiment', args: ['sweep', '/dev/zero', '--out', '$TMP/sweep-zero'], code: 1, names: ['/dev/zero', 'more than 2000000 bytes'] },
  { name: '/dev/zero as observed waits', args: ['compare-waits', THEORY, '/dev/zero'], code: 1, names: ['/dev/zero', 'more than 20000000 bytes'] },
  { name: 'a FIFO a writer keeps feeding', args: ['validate', '$TMP/endless.yaml'], code: 1, names: ['$TMP/endless.yaml', 'more than 2000000 bytes'] },
  { name: 'a FIFO a writer keeps feeding, as observed waits', args: ['compare-waits', THEORY, '$TMP/endless.csv'], code: 1, names: ['$TMP/endless.csv', 'more than 20000000 bytes'] },
  { name: 'a regular file over the limit', args: ['validate', '$TMP/big.yaml'], code: 1, names: ['$TMP/big.yaml', 'file is 2000001 bytes'] },
  { name: 'a folder as a scenario', args: ['validate', '$TMP'], code: 1, names: ['is a directory'] },
  { name: 'a missing scenario', args: ['run', '$TMP/missing.yaml'], code: 1, names: ['$TMP/missing.yaml', 'no such file'] },

  // Outputs that cannot be written.
  { name: '--out in a missing folder', args: ['run', THEORY, ...SHORT_RUN, '--out', '$TMP/no/such/folder/out.csv'], code: 1, names: ['$TMP/no/such/folder/out.csv', 'no such file or directory'] },
  { name: '--out naming a folder', args: ['run', THEORY, ...SHORT_RUN, '--out', '$TMP'], code: 1, names: ['is a directory'] },
  { name: '--records naming a folder', args: ['run', THEORY, ...SHORT_RUN, '--records', '$TMP/folder.csv'], code: 1, names: ['$TMP/folder.csv', 'is a directory'] },
];

const expand = (s: string) => s.split('$TMP').join(tmp);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'borderflow-hostile-io-'));
  const theory = readFileSync(THEORY, 'utf8');
  writeFileSync(join(tmp, 'huge-name.yaml'), theory.replace('name: Theory check — M/M/3 at 80 % load', `name: ${'a'.repeat(1_000_000)}`));
  // Within the schema's list limits (50 ports, 200 lane groups each), several problems a lane group: over 20,000 in all.
  const ports = Array.from({ length: 40 }, () => ({ bogus: 1, laneGroups: Array.from({ length: 200 }, () => ({ bogus: 1 })) }));
  writeFileSync(join(tmp, 'many-problems.json'), JSON.stringify({ name: 'flood', horizonHours: 10, ports }));
  writeFileSync(join(tmp, 'long-key.json'), JSON.stringify({ ...(parse(theory) as object), ['k'.repeat(100_000)]: 1 }));
  writeFileSync(join(tmp, 'big.yaml'), `name: x\n#${'x'.repeat(2_000_001 - 10)}\n`);
  mkdirSync(join(tmp, 'folder.csv'));
  for (const name of ['endless.yaml', 'endless.csv']) {
    const fifo = join(tmp, name);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // A writer that never stops: reopens the FIFO for every reader.
    writers.push(spawn('sh', ['-c', `while :; do yes 'name: endless' > "${fifo}" 2>/dev/null; done`], { stdio: 'ignore', detached: false }));
  }
});

afterAll(() => {
  for (const w of writers) w.kill('SIGKILL');
});

describe('hostile input and output (I/O)', () => {
  it('the odd files are what they claim (a checkout could normalize them)', () => {
    const crlf = readFileSync(`${F}/bom-crlf.yaml`);
    expect([...crlf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.toString('utf8')).toMatch(/\r\n/);
    expect(crlf.toString('utf8')).not.toMatch(/[^\r]\n/);
    for (const f of ['nul.yaml', 'nul.json', 'experiment-nul.yaml', 'observed-nul.csv']) expect(readFileSync(`${F}/${f}`).includes(0)).toBe(true);
  });

  // One at a time: each case has 20 s, and running them side by side would spend it waiting for the CPU.
  it.each(CASES)('$name', async (c) => {
    const r = await runCase(c.args.map(expand));
    const label = `${c.name} (${c.args.join(' ').slice(0, 200)})`;
    expectOutcome(label, r, { code: c.code, names: c.names?.map(expand) });
    c.check?.(r);
  }, 30_000);
});
