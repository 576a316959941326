// The playback speed control: log-spaced steps of simulated seconds per real second, with a true halt at 0.

/** Simulated seconds per real second at each slider position; position 0 halts the clock. */
export const SPEEDS: readonly number[] = [0, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600];

export const DEFAULT_SPEED = 60;

/** The slider position of the step closest (on a log scale) to `speed`. */
export function speedPosition(speed: number): number {
  if (!(speed > 0)) return 0;
  let best = 1;
  for (let i = 1; i < SPEEDS.length; i++) {
    if (Math.abs(Math.log(SPEEDS[i] / speed)) < Math.abs(Math.log(SPEEDS[best] / speed))) best = i;
  }
  return best;
}

export function speedAt(position: number): number {
  const i = Math.max(0, Math.min(SPEEDS.length - 1, Math.round(position)));
  return SPEEDS[i];
}

/** What a screen reader says for the slider ("paused", "60× real time (1 simulated minute per second)"). */
export function speedText(speed: number): string {
  if (!(speed > 0)) return 'paused';
  return `${formatMultiple(speed)} real time (${perSecond(speed)})`;
}

export function formatMultiple(speed: number): string {
  return `${Number.isInteger(speed) ? speed : speed.toFixed(1)}×`;
}

function perSecond(speed: number): string {
  if (speed < 60) return `${speed} simulated second${speed === 1 ? '' : 's'} per second`;
  if (speed < 3600) {
    const m = speed / 60;
    return `${Number.isInteger(m) ? m : m.toFixed(1)} simulated minute${m === 1 ? '' : 's'} per second`;
  }
  const h = speed / 3600;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} simulated hour${h === 1 ? '' : 's'} per second`;
}
