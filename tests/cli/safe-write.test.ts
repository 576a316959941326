// How outputs replace files: unique temporary files opened with O_EXCL, permission bits kept, symlinks written through, devices and FIFOs written directly, every output of a command committed together, two runs never mixed.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliAsync, ROOT, tempDir, THEORY } from './helpers.ts';

const RUN = ['run', THEORY, '-r', '1', '--hours', '22', '--format', 'csv'];
const isDevice = (path: string) => {
  try {
    return statSync(path).isCharacterDevice();
  } catch {
    return false;
  }
};
const temps = (dir: string) => readdirSync(dir).filter((n) => n.includes('.tmp'));

describe('--out writes through a temporary file of its own', () => {
  it('never follows a symlink planted where a temporary file might be', () => {
    const dir = tempDir();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    // The name the previous scheme used, and a guess at this one's.
    symlinkSync(victim, join(dir, 'out.csv.tmp'));
    symlinkSync(victim, join(dir, `.out.csv.borderflow-1-000000000000.tmp`));
    const r = cli([...RUN, '--out', join(dir, 'out.csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(/^replication,/);
  });

  it('keeps the permission bits of the file it replaces; a new file gets 0666 less the umask', () => {
    const dir = tempDir();
    const kept = join(dir, 'kept.csv');
    writeFileSync(kept, 'old\n');
    chmodSync(kept, 0o640);
    expect(cli([...RUN, '--out', kept]).code).toBe(0);
    expect(statSync(kept).mode & 0o777).toBe(0o640);
    expect(readFileSync(kept, 'utf8')).toMatch(/^replication,/);
    const fresh = join(dir, 'fresh.csv');
    const r = spawnSync('sh', ['-c', `umask 027 && exec "${process.execPath}" bin/borderflow.js ${RUN.join(' ')} --out "${fresh}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o640);
  });

  it('writes through a symlink to the file it points to, and leaves the link a link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'result.csv'), 'old\n');
    symlinkSync('real/result.csv', join(dir, 'link.csv'));
    // A dangling link: its target is created.
    symlinkSync('real/new.csv', join(dir, 'dangling.csv'));
    expect(cli([...RUN, '--out', join(dir, 'link.csv')]).code).toBe(0);
    expect(cli([...RUN, '--out', join(dir, 'dangling.csv')]).code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real/result.csv');
    expect(readFileSync(join(dir, 'real', 'result.csv'), 'utf8')).toMatch(/^replication,/);
    expect(readFileSync(join(dir, 'real', 'new.csv'), 'utf8')).toMatch(/^replication,/);
    expect(temps(dir)).toEqual([]);
    expect(temps(join(dir, 'real'))).toEqual([]);
  });

  it('writes straight to a device or a symlink to one (/dev/null), which cannot be replaced', () => {
    const dir = tempDir();
    symlinkSync('/dev/null', join(dir, 'null.csv'));
    for (const out of ['/dev/null', join(dir, 'null.csv')]) {
      const r = cli([...RUN, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect(lstatSync(join(dir, 'null.csv')).isSymbolicLink()).toBe(true);
    expect(cli([...RUN, '--records', '/dev/null/x.csv']).code).toBe(1);
  });

  it('--out /dev/stdout writes to standard output, whether a pipe or a file opened with > or >>', () => {
    const piped = cli([...RUN, '--out', '/dev/stdout']);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toMatch(/^replication,/);
    const dir = tempDir();
    const file = join(dir, 'stdout.csv');
    writeFileSync(file, 'kept line\n');
    const r = spawnSync('sh', ['-c', `exec "${process.execPath}" bin/borderflow.js ${RUN.join(' ')} --out /dev/stdout >> "${file}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^kept line\nreplication,/);
    expect(temps(dir)).toEqual([]);
    // A reader that stops early is not an error, as for standard output itself.
    const head = spawnSync('bash', ['-c', `"${process.execPath}" bin/borderflow.js run ${THEORY} -r 30 --hours 22 --format csv --out /dev/stdout | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}"`], { cwd: ROOT, encoding: 'utf8' });
    expect(head.stdout).toBe('status 0\n');
    expect(head.stderr).toBe('');
  });

  it('writes straight into a FIFO, for a reader at its other end', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (d: string) => (read += d));
    const closed = new Promise((done) => reader.on('close', done));
    try {
      const r = await cliAsync([...RUN, '--out', fifo]);
      await closed;
      expect(r.code, r.stderr).toBe(0);
      expect(read).toMatch(/^replication,/);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    } finally {
      reader.kill();
    }
  }, 20_000);

  it.runIf(isDevice('/dev/full'))('reports a device that refuses the output (/dev/full) in one line, exit 1', () => {
    const r = cli([...RUN, '--out', '/dev/full']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('borderflow: cannot write /dev/full: no space left on the device\n');
  });
});

describe('every output of a command, or none', () => {
  it('a failed --out leaves the old --records in place (and the other way round)', () => {
    const dir = tempDir();
    const records = join(dir, 'travelers.csv');
    writeFileSync(records, 'old records\n');
    mkdirSync(join(dir, 'folder.csv'));
    for (const out of [join(dir, 'folder.csv'), ...(isDevice('/dev/full') ? ['/dev/full'] : [])]) {
      const r = cli([...RUN, '--records', records, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^borderflow: cannot write /);
      expect(readFileSync(records, 'utf8')).toBe('old records\n');
    }
    const result = join(dir, 'result.csv');
    writeFileSync(result, 'old result\n');
    expect(cli([...RUN, '--records', join(dir, 'folder.csv'), '--out', result]).code).toBe(1);
    expect(readFileSync(result, 'utf8')).toBe('old result\n');
    expect(temps(dir)).toEqual([]);
  });

  it('two runs writing the same files at once leave each file whole, from one run or the other', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const records = join(dir, 'travelers.ndjson');
    const args = (seed: number) => ['run', THEORY, '-r', '3', '--hours', '120', '--format', 'json', '--seed', String(seed), '--out', out, '--records', records];
    const expected: { out: string; records: string }[] = [];
    for (const seed of [1, 2]) {
      expect(cli(args(seed)).code).toBe(0);
      expected.push({ out: readFileSync(out, 'utf8'), records: readFileSync(records, 'utf8') });
    }
    expect(expected[0].records).not.toBe(expected[1].records);
    for (let round = 0; round < 2; round++) {
      const both = await Promise.all([cliAsync(args(1)), cliAsync(args(2))]);
      for (const r of both) expect(r.code, r.stderr).toBe(0);
      expect(expected.map((e) => e.out)).toContain(readFileSync(out, 'utf8'));
      expect(expected.map((e) => e.records)).toContain(readFileSync(records, 'utf8'));
      expect(temps(dir)).toEqual([]);
    }
  }, 180_000);
});

describe('temporary files of a process that no longer exists', () => {
  it('are removed the next time borderflow writes to that folder; those of live processes are kept', () => {
    const dir = tempDir();
    // A pid far above any pid_max in use, so no process has it.
    const stale = '.result.csv.borderflow-99999999-0123456789ab.tmp';
    const alive = `.result.csv.borderflow-${process.pid}-0123456789ab.tmp`;
    const other = 'notes.tmp';
    for (const n of [stale, alive, other]) writeFileSync(join(dir, n), 'x');
    expect(cli([...RUN, '--out', join(dir, 'result.csv')]).code).toBe(0);
    expect(temps(dir).sort()).toEqual([alive, other].sort());
  });
});
