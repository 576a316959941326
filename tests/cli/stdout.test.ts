// Standard output that cannot take the output: a full device or a file size limit is one line and exit 1; a reader that stops early (| head) is not an error.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, THEORY } from './helpers.ts';

const isDevice = (path: string) => {
  try {
    return statSync(path).isCharacterDevice();
  } catch {
    return false;
  }
};

/** Runs borderflow through bash, so the test can redirect, pipe and limit it as a user would. */
function sh(script: string) {
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE: process.execPath, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const RUN = `"$NODE" bin/borderflow.js run ${THEORY} -r 1 --hours 22`;

describe('standard output that refuses the output', () => {
  it.runIf(isDevice('/dev/full'))('> /dev/full: one line, exit 1, not an internal error', () => {
    for (const cmd of [RUN, `${RUN} --format json`, '"$NODE" bin/borderflow.js schema']) {
      const r = sh(`${cmd} > /dev/full`);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toBe('borderflow: cannot write standard output: no space left on the device\n');
    }
  });

  it('a file size limit (ulimit -f) cuts nothing silently: one line, exit 1', () => {
    const out = join(tempDir(), 'result.json');
    // SIGXFSZ ignored, as a shell script often has it, so the write fails with EFBIG instead of killing the process.
    const r = sh(`trap '' XFSZ; ulimit -f 1; ${RUN} --format json > "${out}"`);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^borderflow: cannot write standard output: file too large[^\n]*\n$/);
    expect(readFileSync(out, 'utf8').length).toBeLessThanOrEqual(1024);
  });

  it('| head -1 reads what it wants and borderflow exits 0, saying nothing', () => {
    const r = sh(`${RUN} --format csv --seed 1 | head -1; echo "status $?"`);
    expect(r.stdout).toMatch(/^replication,port,level[^\n]*\nstatus 0\n$/);
    expect(r.stderr).toBe('');
    // Many rows, so the pipe closes while borderflow is still writing.
    const s = sh(`"$NODE" bin/borderflow.js run ${THEORY} -r 20 --hours 22 --format csv | head -1 > /dev/null; echo "status \${PIPESTATUS[0]}"`);
    expect(s.stdout).toBe('status 0\n');
    expect(s.stderr).toBe('');
  });
});
