// Formats simulated time: clock time of day, day of the run and weekday, and durations.

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_IDS = WEEKDAYS.map((d) => d.toLowerCase());

const pad = (n: number): string => String(n).padStart(2, '0');

/** "07:42" or "07:42:10" from hours since the first midnight (any day). */
export function clockText(clockHours: number, seconds = false): string {
  const totalSeconds = Math.floor(clockHours * 3600 + 1e-6);
  const inDay = ((totalSeconds % 86400) + 86400) % 86400;
  const h = Math.floor(inDay / 3600);
  const m = Math.floor((inDay % 3600) / 60);
  const s = inDay % 60;
  return seconds ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(h)}:${pad(m)}`;
}

/** "Day 2 (Tuesday) 06:30" — the day of the run counts from 1 at the first simulated midnight. */
export function dayClockText(clockHours: number, startDay: string, seconds = false): string {
  const day = Math.floor(clockHours / 24);
  const start = Math.max(0, WEEKDAY_IDS.indexOf(startDay));
  return `Day ${day + 1} (${WEEKDAYS[(start + day) % 7]}) ${clockText(clockHours, seconds)}`;
}

/** A duration in seconds as "45 s", "12.5 min" or "3 h 05 min". */
export function durationText(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 3 * 3600) return `${(seconds / 60).toFixed(1)} min`;
  const h = Math.floor(seconds / 3600);
  return `${h} h ${pad(Math.round((seconds - h * 3600) / 60))} min`;
}

/** Real (wall-clock) elapsed time as "0:02:13". */
export function wallText(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}
