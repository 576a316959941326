// Puts the validator's problems next to the fields their paths name, and counts them on folded rows.

import type { ScenarioProblem } from '../../sim/index.ts';

export interface Placed {
  problem: ScenarioProblem;
  /** The field (or group) the problem is shown at: the one its path names, else the nearest enclosing one. */
  target: HTMLElement | null;
}

/** The path one step up: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``. */
export function parentPath(path: string): string {
  const m = /^(.*?)(\[\d+\]|\.[^.[\]]*)$/.exec(path);
  return m ? m[1] : '';
}

/** The elements of the form by the field path they show (the innermost where a union shows its variant at the same path). */
export function elementsByPath(form: HTMLElement): Map<string, HTMLElement> {
  const out = new Map<string, HTMLElement>();
  // Document order puts an element after its ancestors, so the innermost one wins.
  for (const el of form.querySelectorAll<HTMLElement>('[data-path]')) out.set(el.dataset.path!, el);
  return out;
}

/** The element a problem belongs at: its own path's, else the nearest ancestor's. */
export function targetOf(byPath: Map<string, HTMLElement>, path: string): HTMLElement | null {
  for (let p = path; ; p = parentPath(p)) {
    const el = byPath.get(p);
    if (el) return el;
    if (p === '') return null;
  }
}

/** Clears the previous problems and shows these; returns where each went. */
export function placeProblems(form: HTMLElement, problems: ScenarioProblem[]): Placed[] {
  for (const box of form.querySelectorAll<HTMLElement>('.ed-error')) {
    box.replaceChildren();
    box.hidden = true;
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll<HTMLElement>('.ed-count')) el.hidden = true;
  for (const el of form.querySelectorAll('.ed-has-error')) el.classList.remove('ed-has-error');
  const byPath = elementsByPath(form);
  const counts = new Map<HTMLElement, number>();
  const placed = problems.map((problem) => {
    const target = targetOf(byPath, problem.path);
    if (target) {
      const box = target.querySelector<HTMLElement>(':scope > .ed-error');
      if (box) {
        const line = target.ownerDocument.createElement('p');
        line.textContent = problem.message;
        box.appendChild(line);
        box.hidden = false;
      }
      target.classList.add('ed-has-error');
      target.querySelector(':scope > .ed-control')?.setAttribute('aria-invalid', 'true');
      for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) counts.set(d as HTMLElement, (counts.get(d as HTMLElement) ?? 0) + 1);
    }
    return { problem, target };
  });
  for (const [details, n] of counts) {
    const badge = details.querySelector<HTMLElement>(':scope > summary .ed-count');
    if (badge) {
      badge.textContent = `⚠ ${n}`;
      badge.hidden = false;
    }
  }
  return placed;
}

/** Opens the rows around a field and puts the keyboard on it. */
export function reveal(target: HTMLElement): void {
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) (d as HTMLDetailsElement).open = true;
  // The field's own control first (not the remove button beside its label).
  const control = target.querySelector<HTMLElement>(':scope > .ed-control') ?? target.querySelector<HTMLElement>('[data-control]') ?? target.querySelector<HTMLElement>('input, select, textarea, button:not(:disabled)');
  (control ?? target).focus();
  (control ?? target).scrollIntoView?.({ block: 'center' });
}
