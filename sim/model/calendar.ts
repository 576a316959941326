// Day types: which hourly profile and which staffing apply on a given day.

/**
 * Day types by index: Monday–Friday are weekdays; a holiday listed in the scenario's calendar
 * counts as a holiday whatever day of the week it falls on.
 */
export const DAY_TYPE = { weekday: 0, saturday: 1, sunday: 2, holiday: 3 } as const;

/** Index of a day type (0 weekday, 1 Saturday, 2 Sunday, 3 holiday). */
export type DayType = (typeof DAY_TYPE)[keyof typeof DAY_TYPE];

/** Day type names, in index order. */
export const DAY_TYPES = ['weekday', 'saturday', 'sunday', 'holiday'] as const;

/**
 * For each day type, the day type whose figures it takes when it has none of its own:
 * a holiday like a Sunday, a Sunday like a weekday, a Saturday like a weekday.
 */
export const DAY_TYPE_FALLBACK: readonly (readonly DayType[])[] = [[0], [1, 0], [2, 0], [3, 2, 0]];
