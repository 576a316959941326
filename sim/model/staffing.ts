// Officers on duty over the day as a table of change points: plain data, read with one lookup.

export interface StaffingTable {
  /** Clock hours (0 ≤ h < 24, sorted, the first is 0) at which the number of officers may change. */
  hours: number[];
  /** Officers on duty from hours[i] until the next change. */
  officers: number[];
}

/** Officers on duty at clock hour `hour` (0 ≤ hour < 24, fractions allowed). */
export function officersAt(table: StaffingTable, hour: number): number {
  const hs = table.hours;
  let i = hs.length - 1;
  while (i > 0 && hs[i] > hour) i--;
  return table.officers[i];
}
