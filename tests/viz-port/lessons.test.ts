// @vitest-environment jsdom
// Guided lessons: presets name bundled files that load, every task check answers true/false on real results, and the panel flows predict → run → tick.
import { describe, expect, it } from 'vitest';
import { runScenario, type ResultDocument } from '../../sim/index.ts';
import { lessons, presetOf, buildPresetScenarios, mountLessons, type Lesson, type LessonPreset } from '../../viz/lessons/index.ts';
import { bundledTexts } from '../../viz/lessons/bundled.ts';
import { bundledFiles } from './helpers.ts';

const files = bundledFiles();

/** Control values at both ends of every slider, and the defaults. */
function valueSets(lesson: Lesson): Record<string, number>[] {
  return [
    {},
    Object.fromEntries(lesson.controls.map((c) => [c.id, c.min])),
    Object.fromEntries(lesson.controls.map((c) => [c.id, c.max])),
  ];
}

/** Runs a preset briefly: 2 replications, 2 h past the warm-up. */
function runBriefly(preset: LessonPreset): ResultDocument[] {
  const built = buildPresetScenarios(preset, files);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.scenarios.map(({ scenario }) =>
    runScenario(scenario, { replications: 2, horizonHours: Math.min(scenario.horizonHours, scenario.warmupHours + 3) }),
  );
}

describe('lessons', () => {
  it('has at least four lessons, each with a prediction, controls, tasks and an explanation', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
    for (const l of lessons) {
      expect(l.prediction.choices.length).toBeGreaterThanOrEqual(2);
      expect(l.prediction.answer).toBeLessThan(l.prediction.choices.length);
      expect(l.tasks.length).toBeGreaterThan(0);
      expect(l.explanation.length).toBeGreaterThan(0);
      expect(l.controls.length).toBeLessThanOrEqual(3);
    }
  });

  it('presets name bundled scenarios that exist and load without problems, at every slider extreme', () => {
    expect(Object.keys(bundledTexts).sort()).toEqual(Object.keys(files).sort());
    for (const l of lessons) {
      for (const values of valueSets(l)) {
        const preset = presetOf(l, values);
        for (const f of preset.files) expect(files[f], `${l.id}: ${f}`).toBeDefined();
        const built = buildPresetScenarios(preset, bundledTexts);
        expect(built.ok ? [] : built.problems, l.id).toEqual([]);
        if (built.ok) {
          expect(built.scenarios.map((s) => s.scenario.name)).toEqual(preset.names);
          for (const s of built.scenarios) expect(s.scenario.seed).toBe(preset.seed);
        }
        // A preset is plain data: it survives a trip through JSON (a URL).
        expect(JSON.parse(JSON.stringify(preset))).toEqual(preset);
      }
    }
  });

  it('reports a missing file or a bad edit as a problem, not a crash', () => {
    const preset = presetOf(lessons[0]);
    const missing = buildPresetScenarios({ ...preset, files: ['no-such-file.yaml'] }, files);
    expect(missing.ok).toBe(false);
    const bad = buildPresetScenarios({ ...preset, edits: [[{ lane: 'nope', set: { booths: 2 } }], []] }, files);
    expect(bad.ok ? '' : bad.problems.join()).toMatch(/lane group "nope"/);
  });

  it('every task check returns true or false on real results; observations are plain text', () => {
    for (const l of lessons) {
      const latest = runBriefly(presetOf(l));
      for (const t of l.tasks) {
        expect(typeof t.check(latest, []), `${l.id}/${t.id}`).toBe('boolean');
        expect(typeof t.check(latest, [latest]), `${l.id}/${t.id}`).toBe('boolean');
      }
      const lines = l.observe(latest);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/NaN|undefined|null/);
    }
  });

  it('ticks a task when the results achieve it', () => {
    const lesson = lessons.find((l) => l.id === 'utilization')!;
    const latest = runBriefly(presetOf(lesson, { rho: 0.98 }));
    expect(lesson.tasks.find((t) => t.id === 'heavy')!.check(latest, [])).toBe(true);
    const light = runBriefly(presetOf(lesson, { rho: 0.5 }));
    expect(lesson.tasks.find((t) => t.id === 'heavy')!.check(light, [])).toBe(false);
  });

  it('flows predict → run → results → ticked tasks and explanation', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const applied: LessonPreset[] = [];
    let docs: ResultDocument[] | null = null;
    const h = mountLessons(el, { onApply: (p) => applied.push(p), getResults: () => docs, poll: false, initial: 'utilization' });
    const run = el.querySelector('button.bf-lesson-run') as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    expect((el.querySelector('.bf-lesson-controls') as HTMLElement).hidden).toBe(true);
    const choice = el.querySelectorAll('.bf-lesson-predict input[type=radio]')[2] as HTMLInputElement;
    choice.checked = true;
    choice.dispatchEvent(new Event('change'));
    expect(run.disabled).toBe(false);
    const slider = el.querySelector('input[data-control="rho"]') as HTMLInputElement;
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^ρ = 0\.95/);
    slider.value = '0.98';
    slider.dispatchEvent(new Event('input'));
    run.click();
    expect(applied).toHaveLength(1);
    expect(applied[0].sliders.rho).toBe(0.98);
    expect((el.querySelector('.bf-lesson-explain') as HTMLElement).hidden).toBe(true);
    docs = runBriefly(applied[0]);
    h.refresh();
    expect((el.querySelector('.bf-lesson-explain') as HTMLElement).hidden).toBe(false);
    expect(el.querySelector('li[data-task="heavy"]')!.getAttribute('data-done')).toBe('true');
    expect(el.querySelector('.bf-lesson-results')!.textContent).toMatch(/Erlang C/);
    expect(el.querySelector('nav button[aria-current=step]')!.textContent).toMatch(/1 of 3 tasks|2 of 3 tasks/);
    h.destroy();
  });
});
