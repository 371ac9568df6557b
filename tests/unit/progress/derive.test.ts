import { describe, expect, test } from 'vitest';
import { deriveProgress, type AttemptFact, type Outline } from '$lib/progress/derive';

const outline: Outline = {
	cases: [
		{
			slug: 'kz',
			sections: [
				{ slug: 'a', questions: [{ id: 'q1' }, { id: 'q2' }] },
				{ slug: 'b', questions: [{ id: 'q3' }] }
			]
		},
		{ slug: 'es', sections: [{ slug: 'c', questions: [{ id: 'q4' }] }] }
	],
	dimensions: [{ slug: 'trigger', questions: [{ id: 'q5' }] }]
};

let clock = 0;
const attempt = (questionId: string, correct: boolean): AttemptFact => ({
	questionId,
	correct,
	earned: correct ? 1 : 0,
	total: 1,
	createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString()
});

describe('deriveProgress', () => {
	test('with no attempts everything is not started and there is nowhere to resume', () => {
		const progress = deriveProgress(outline, []);
		expect(progress).toMatchObject({
			total: 5,
			answered: 0,
			status: 'not-started',
			resume: undefined
		});
		expect(progress.cases.kz!.sections.a!.status).toBe('not-started');
	});

	test('the first attempt counts for mastery; a later right answer shows as right now', () => {
		const progress = deriveProgress(outline, [attempt('q1', false), attempt('q1', true)]);
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
		const progress = deriveProgress(outline, [
			attempt('q1', true),
			attempt('q2', true),
			attempt('q3', false),
			attempt('q5', true)
		]);
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
		const progress = deriveProgress(outline, [attempt('q1', true)]);
		expect(progress.resume).toEqual({ case: 'kz', section: 'a' });
	});

	test('resume moves to the next unfinished unit after a finished one', () => {
		const done = deriveProgress(outline, [attempt('q1', true), attempt('q2', false)]);
		expect(done.resume).toEqual({ case: 'kz', section: 'b' });
		const later = deriveProgress(outline, [attempt('q3', true), attempt('q4', true)]);
		expect(later.resume).toEqual({ section: 'trigger' });
	});

	test('resume wraps to an earlier unfinished unit when everything after is done', () => {
		const progress = deriveProgress(outline, [attempt('q5', true)]);
		expect(progress.resume).toEqual({ case: 'kz', section: 'a' });
	});

	test('attempts at questions no longer in the content are ignored', () => {
		const progress = deriveProgress(outline, [attempt('gone', true)]);
		expect(progress.answered).toBe(0);
		expect(progress.lastActivity).toBeUndefined();
	});
});
