import { describe, expect, test } from 'vitest';
import type { Outline } from '$lib/content/outline';
import { dashboard } from '$lib/progress/dashboard';
import { deriveProgress } from '$lib/progress/derive';
import { statesFrom } from '../helpers';

const section = (c: string, s: string, ...ids: string[]): Outline['units'][number] => ({
	place: { kind: 'section', case: c, section: s },
	title: s,
	questions: ids.map((id) => ({ id, skill: 'recall', graded: true }))
});
const outline: Outline = {
	slug: 'm',
	cases: [
		{ slug: 'kz', title: 'Kazakhstan', shortTitle: 'KZ', kind: 'case' },
		{ slug: 'es', title: 'Spain', shortTitle: 'ES', kind: 'case' }
	],
	units: [
		section('kz', 'a', 'q1', 'q2'),
		section('kz', 'b', 'q3'),
		section('es', 'c', 'q4'),
		{
			place: { kind: 'dimension', dimension: 'trigger' },
			title: 'Trigger',
			questions: [{ id: 'q5', skill: 'compare', graded: true }]
		}
	]
};

/** The states of answers one second apart, in the order listed: each call starts its own clock. */
function attempts(...list: [string, boolean][]) {
	return statesFrom(
		list.map(([questionId, correct], i) => ({
			questionId,
			correct,
			context: 'quiz',
			createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()
		}))
	);
}

describe('deriveProgress', () => {
	test('with no attempts everything is not started and there is nowhere to resume', () => {
		const progress = deriveProgress(outline, new Map());
		expect(progress).toMatchObject({
			total: 5,
			answered: 0,
			status: 'not-started',
			resume: undefined
		});
		expect(progress.cases.kz!.sections.a!.status).toBe('not-started');
	});

	test('the first attempt counts for mastery; a later right answer shows as right now', () => {
		const progress = deriveProgress(outline, attempts(['q1', false], ['q1', true]));
		expect(progress.questions.q1).toEqual({
			attempts: 2,
			firstCorrect: false,
			latestCorrect: true,
			firstEarned: 0,
			total: 1
		});
		expect(progress.cases.kz!.sections.a).toMatchObject({
			answered: 1,
			firstTryCorrect: 0,
			correctNow: 1,
			status: 'in-progress'
		});
	});

	test('sections, cases and the module roll up', () => {
		const progress = deriveProgress(
			outline,
			attempts(['q1', true], ['q2', true], ['q3', false], ['q5', true])
		);
		expect(progress.cases.kz).toMatchObject({
			total: 3,
			answered: 3,
			firstTryCorrect: 2,
			status: 'complete'
		});
		expect(progress.cases.es!.status).toBe('not-started');
		expect(progress.comparison).toMatchObject({ answered: 1, status: 'complete' });
		expect(progress).toMatchObject({
			total: 5,
			answered: 4,
			firstTryCorrect: 3,
			status: 'in-progress'
		});
	});

	test('resume stays in an unfinished section', () => {
		const progress = deriveProgress(outline, attempts(['q1', true]));
		expect(progress.resume).toEqual({ kind: 'section', case: 'kz', section: 'a' });
	});

	test('resume moves to the next unfinished unit after a finished one', () => {
		const done = deriveProgress(outline, attempts(['q1', true], ['q2', false]));
		expect(done.resume).toEqual({ kind: 'section', case: 'kz', section: 'b' });
		const later = deriveProgress(outline, attempts(['q3', true], ['q4', true]));
		expect(later.resume).toEqual({ kind: 'dimension', dimension: 'trigger' });
	});

	test('resume wraps to an earlier unfinished unit when everything after is done', () => {
		const progress = deriveProgress(outline, attempts(['q5', true]));
		expect(progress.resume).toEqual({ kind: 'section', case: 'kz', section: 'a' });
	});

	test('attempts at questions no longer in the content are ignored', () => {
		const progress = deriveProgress(outline, attempts(['gone', true]));
		expect(progress.answered).toBe(0);
		expect(progress.lastActivity).toBeUndefined();
	});
});

describe('a test whose results are held', () => {
	const answers = attempts(['q1', true], ['q2', false], ['q3', true]);
	const held = new Set(['q1', 'q2']);

	test('its answers count as answered, and as neither right nor wrong', () => {
		const seen = deriveProgress(outline, answers, held);
		expect(seen.cases.kz!.sections.a).toMatchObject({
			answered: 2,
			firstTryCorrect: 0,
			correctNow: 0,
			held: 2,
			status: 'complete'
		});
		expect(seen.questions.q1).toMatchObject({ firstCorrect: false, held: true });
		expect(seen.cases.kz!.sections.b).toMatchObject({ firstTryCorrect: 1, held: 0 });
		// Once the results are out, the same answers count as they were.
		expect(deriveProgress(outline, answers).cases.kz!.sections.a).toMatchObject({
			firstTryCorrect: 1,
			held: 0
		});
	});

	test('mastery and reviews leave them out until the results are out', () => {
		const now = new Date(Date.UTC(2026, 5, 1));
		const during = dashboard(outline, answers, 'normal', now, held);
		const after = dashboard(outline, answers, 'normal', now);
		expect(during.due.map((d) => d.questionId)).not.toContain('q2');
		expect(after.due.map((d) => d.questionId)).toContain('q2');
		const sectionA = (d: typeof during) => d.cases[0]!.sections[0]!.mastery;
		expect(sectionA(during)).not.toEqual(sectionA(after));
		expect(sectionA(during)).toEqual(
			dashboard(outline, new Map(), 'normal', now).cases[0]!.sections[0]!.mastery
		);
	});
});
