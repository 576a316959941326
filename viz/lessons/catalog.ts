// The guided lessons, in the order a student meets them.

import type { Lesson } from './types.ts';
import { utilizationLesson } from './utilization.ts';
import { trustedLanesLesson } from './trusted-lanes.ts';
import { peakStaffingLesson } from './peak-staffing.ts';
import { screeningLesson } from './screening.ts';
import { replicationsLesson } from './replications.ts';

export const lessons: Lesson[] = [utilizationLesson, replicationsLesson, trustedLanesLesson, peakStaffingLesson, screeningLesson];

export function lessonById(id: string): Lesson | undefined {
  return lessons.find((l) => l.id === id);
}
