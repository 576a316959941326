// Installs the simulators borderflow is compared with, when missing: SIM.JS from npm into bench/.peers, SimPy 3 from Debian.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type Ready = { ok: true; detail: string } | { ok: false; skipped: string };

/** The output of a command, or why it failed (never throws). */
function sh(command: string, args: string[], timeoutMs = 300_000): { ok: boolean; out: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.error) return { ok: false, out: r.error.message };
  return { ok: r.status === 0, out };
}

function lastLine(text: string): string {
  return text.split('\n').filter(Boolean).pop() ?? '';
}

/** SIM.JS under bench/.peers (not a dependency of the project): the npm prefix to load it from. */
export function ensureSimJs(): Ready {
  const prefix = resolve('bench/.peers');
  if (!existsSync(resolve(prefix, 'node_modules/simjs/sim.js'))) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = sh(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'simjs@2']);
    if (!r.ok) return { ok: false, skipped: `npm install simjs failed: ${lastLine(r.out)}` };
  }
  return { ok: true, detail: prefix };
}

/**
 * The Python with SimPy. Debian's `python3-simpy` is SimPy 2.3 (module `SimPy`, the 2.x
 * process API); `python3-simpy3` is SimPy 3, whose `simpy` module is what SimPy documents
 * today, so that is the one installed. `python3` on PATH may be a version manager's shim
 * without the Debian packages: the system interpreter is used.
 */
export function ensureSimPy(): Ready {
  const python = '/usr/bin/python3';
  const probe = () => sh(python, ['-c', 'import simpy; print(simpy.__version__)']);
  let v = probe();
  if (!v.ok) {
    if (!existsSync(python)) return { ok: false, skipped: `${python} not found` };
    const install = ['install', '-y', '--no-install-recommends', 'python3-simpy3'];
    let r = sh('apt-get', install);
    if (!r.ok) {
      sh('apt-get', ['update']);
      r = sh('apt-get', install);
    }
    if (!r.ok) return { ok: false, skipped: `apt-get install python3-simpy3 failed: ${lastLine(r.out)}` };
    v = probe();
    if (!v.ok) return { ok: false, skipped: `simpy not importable after install: ${lastLine(v.out)}` };
  }
  return { ok: true, detail: python };
}
