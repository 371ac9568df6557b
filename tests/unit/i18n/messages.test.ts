import { describe, expect, test } from 'vitest';
import * as en from '$lib/i18n/en.ts';
import type { UnitProgress } from '$lib/progress/derive';
import { levels, type Mastery, type MasteryCounts } from '$lib/progress/mastery';
import type { NextStep } from '$lib/progress/dashboard';
import type { Verdict } from '$lib/quiz/verdict';

const counts: MasteryCounts = {
	total: 5,
	answered: 3,
	rightNow: 2,
	firstRight: 1,
	recovered: 1,
	recalled: 1
};
/** One verdict of every kind a result can say. */
const verdicts: Verdict[] = [
	{ kind: 'right' },
	{ kind: 'saved', rated: false },
	{ kind: 'saved', rated: true },
	{ kind: 'shown' },
	{ kind: 'not-right' },
	{ kind: 'some-options', chosenRight: 1, right: 2, chosenWrong: 1 },
	{ kind: 'some-options', chosenRight: 2, right: 3, chosenWrong: 0 },
	{ kind: 'some-parts', part: 'places', right: 2, of: 5 },
	{ kind: 'some-parts', part: 'pairs', right: 1, of: 4 },
	{ kind: 'some-parts', part: 'groups', right: 3, of: 4 }
];
const bar = (status: UnitProgress['status']): UnitProgress => ({
	total: 4,
	answered: status === 'not-started' ? 0 : 2,
	firstTryCorrect: 1,
	correctNow: 1,
	held: 0,
	status
});
const mastery: Mastery[] = [
	{ level: 'attempted', counts },
	{ level: 'familiar', counts, change: { from: 'attempted', direction: 'up' } },
	{
		level: 'attempted',
		counts,
		change: { from: 'familiar', direction: 'down', cause: 'missed-in-review' }
	},
	{
		level: 'attempted',
		counts,
		change: { from: 'familiar', direction: 'down', cause: 'latest-not-right' }
	}
];
const steps: NextStep[] = [
	{ kind: 'review', due: 1 },
	{ kind: 'review', due: 3 },
	{ kind: 'finish', place: { kind: 'section', case: 'a', section: 'b' }, title: 'Section' },
	{
		kind: 'start',
		place: { kind: 'section', case: 'a', section: 'b' },
		title: 'Section',
		caseTitle: 'Case'
	},
	{ kind: 'start', place: { kind: 'section', case: 'a', section: 'b' }, title: 'Section' },
	{ kind: 'start', place: { kind: 'dimension', dimension: 'd' }, title: 'Dimension' }
];

/**
 * The arguments each message function is tried with, by its path in `en`; both sides of every
 * plural and every branch. A function without an entry here is reported, so a new message must
 * come with its samples.
 */
const samples: Record<string, unknown[][]> = {
	masteryReason: levels.flatMap((level) => [
		[level, counts],
		[level, counts, 'sourcing questions']
	]),
	mastery: mastery.flatMap((m) => [[m], [m, 'sourcing questions']]),
	next: steps.map((step) => [step]),
	'format.day': [
		[1981, 2, 23],
		[1991, 12, 26]
	],
	'format.sinceStart.hours': [[5], [-5]],
	'format.sinceStart.days': [[3], [-3]],
	'format.sinceStart.months': [[4], [-4]],
	'format.sinceStart.years': [[2], [-2]],
	'format.sinceStart.between': [['−18 h', '+6 h']],
	'format.sinceStart.about': [['+3 d']],
	'format.sinceStart.dateOnly': [['23 Feb 1981']],
	'format.minutes': [[1], [12]],
	'format.aboutMinutes': [[45], [150]],
	'site.pageTitle': [[], ['Sources', 'Module']],
	'home.resume': [['Case: Section']],
	'home.resumeSection': [['Case', 'Section']],
	'timeline.point': [['Case', '24 Feb 1981', '+5 h', 'Event']],
	'sectionPage.place': [[2, 7, 'Spain 1981']],
	'sectionPage.description': [['The trigger', 'Spain 1981']],
	'quiz.order.moved': [['The King speaks', 3, 6]],
	'sectionPage.goNext': [['The trigger']],
	'sectionPage.goCase': [['Spain 1981']],
	'sectionPage.backTo': [['Spain 1981']],
	'worksheet.title': [['Spain 1981']],
	'dimensionPage.place': [[3, 18]],
	'dimensionPage.goNext': [['The trigger']],
	'quizList.label': [['Section']],
	'quiz.questionNumber': [[1], [12]],
	'quiz.announceResult': verdicts.map((v) => [1, v]),
	'quiz.announceError': [[1, 'Choose an answer first.']],
	'quiz.verdict': verdicts.map((v) => [v]),
	'quiz.short.accepted': [[1], [2]],
	'quiz.written.saved': [[1], [3]],
	'quiz.held.until': [['2027-03-12'], [undefined]],
	'quiz.held.announce': [[2]],
	'classPage.testHeld': [['2027-03-12'], [undefined]],
	'classPage.releaseFor': [['Kazakhstan: the whole case']],
	'assigned.testHeld': [['2027-03-12'], [undefined]],
	'errors.notInTest': [['hint'], ['show']],
	'errors.tooFast': [[1], [5]],
	'errors.notSaved': [['the disk is full']],
	'errors.notStored': [['the disk is full']],
	'errors.checkSpelling': [['Krushkof']],
	'quiz.sources': [[1], [2]],
	'quiz.attempts': [[1], [2]],
	'quiz.order.wrong': [['2']],
	'quiz.categorize.wrong': [['Group']],
	'review.answered': [[0], [2]],
	'review.due': [[1], [3]],
	'review.fromSection': [['Case', 'Section']],
	'review.fromDimension': [['Dimension']],
	'progressBar.in': [['Case']],
	'progressBar.bar': [[bar('not-started')], [bar('in-progress')]],
	'progress.due': [[0], [1], [2]],
	'progress.sectionsOf': [['Case']],
	'device.confirm': [[1], [2]],
	'myData.elsewhere': [[0], [1], [2]],
	'teach.tooManySignIns': [[1], [15]],
	'teach.signedInAs': [['Ms Rivera']],
	'teach.members': [[0], [1], [2]],
	'classPage.joinHow': [['K7QM-3TXD']],
	'classPage.newCodeFor': [['Sam']],
	'classPage.codeIs': [['Sam', '7K3M-Q9TX-2BWD-HN4R']],
	'classPage.removeFrom': [['Sam']],
	'classPage.removed': [['Sam']],
	'classPage.casesCaption': [['Three crises compared']],
	'classPage.chartTitle': [['Three crises compared']],
	'classPage.sectionsCaption': [['Spain 1981']],
	'join.joined': [['History 11B']],
	'join.as': [['Sam']],
	'join.leaveClass': [['History 11B']],
	'join.left': [['History 11B']],
	'invite.intro': [['teacher@school.example']],
	'classPage.questionsCaption': [['Three crises compared']],
	'classPage.unanswered': [[1], [40]],
	'classPage.chosenBy': [[1], [3]],
	'classPage.percent': [[0.5], [1]],
	'classPage.confusionCaption': [['Three crises compared']],
	'classPage.writtenCaption': [['Was January 2022 a coup?']],
	'classPage.wholeCase': [['Spain 1981']],
	'classPage.due': [['2026-12-18']],
	'classPage.doneBy': [
		[3, 0, 24],
		[3, 5, 24]
	],
	'classPage.unassignFrom': [['Spain 1981: the trigger']],
	'assigned.from': [['History 11B']],
	'answerKey.title': [['Spain, 23–24 February 1981']],
	'assigned.due': [['2026-12-18']],
	'assigned.overdue': [['2026-12-01']],
	'assigned.progress': [[3, 7]],
	'invite.passwordHint': [[10]],
	'invite.passwordShort': [[10]],
	'references.onPaper': [['/m/sources']],
	'device.tooManyCodes': [[15]],
	'errors.noModule': [['module']],
	'errors.noPage': [['module/case']],
	'errors.noQuestion': [['q-1']],
	'errors.differentPositions': [[3]],
	'errors.unexpectedField': [['admin']],
	'errors.notPart': [['o-9', 'q-1']],
	'errors.notAnAnswer': [['single']],
	'errors.positionNotNumber': [['position-a']],
	'errors.oneValue': [['match-a']],
	'errors.oneField': [['text']],
	'errors.tooLong': [[300]],
	'sources.marked': [[['weak']], [['partisan', 'official']]],
	'sources.filter.showing': [
		[3, 3],
		[2, 3]
	]
};

/** What is wrong in a tree of messages: empty or missing strings, functions without samples. */
function problems(node: unknown, tried: Record<string, unknown[][]>, path = ''): string[] {
	const at = path || '(root)';
	if (typeof node === 'string') return node.trim() === '' ? [`${at}: empty`] : [];
	if (typeof node === 'function') {
		const calls = tried[path];
		if (!calls?.length) return [`${at}: no sample arguments`];
		return calls.flatMap((args) => {
			const text: unknown = (node as (...args: unknown[]) => unknown)(...args);
			const call = `${at}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
			if (typeof text !== 'string' || text.trim() === '') return [`${call}: empty`];
			// A value that failed to fill its place, e.g. a field the function no longer has.
			return /undefined|NaN|\[object /.test(text) ? [`${call}: ${text}`] : [];
		});
	}
	if (node !== null && typeof node === 'object')
		return Object.entries(node).flatMap(([key, value]) =>
			problems(value, tried, path ? `${path}.${key}` : key)
		);
	return [`${at}: not a message (${String(node)})`];
}

/** The paths of every function in a tree of messages. */
function functions(node: unknown, path = ''): string[] {
	if (typeof node === 'function') return [path];
	if (node === null || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) =>
		functions(value, path ? `${path}.${key}` : key)
	);
}

describe('the English messages', () => {
	test('every string is there and every function says something for its samples', () => {
		expect(problems(en, samples)).toEqual([]);
	});

	test('every sample belongs to a message that exists', () => {
		expect(Object.keys(samples).filter((path) => !functions(en).includes(path))).toEqual([]);
	});

	test('plurals keep their wording', () => {
		expect([en.progress.due(1), en.progress.due(2), en.progress.due(0)]).toEqual([
			'1 question due for review.',
			'2 questions due for review.',
			'No questions due for review.'
		]);
		expect(en.device.confirm(1)).toContain('already holds 1 answer,');
		expect(en.myData.elsewhere(2)).toContain('on 2 other browsers');
		expect(en.next({ kind: 'review', due: 2 })).toBe('Review 2 questions that are due');
		expect([en.quiz.sources(1), en.quiz.sources(2)]).toEqual(['Source:', 'Sources:']);
	});

	test('the check finds an empty message, a silent function and one never tried', () => {
		const broken = {
			title: ' ',
			nested: { list: ['fine', ''], say: () => '', fill: (n: number) => `${n} of ${undefined}` },
			untried: (n: number) => `Question ${n}`,
			count: 3
		};
		expect(problems(broken, { 'nested.say': [[]], 'nested.fill': [[1]] })).toEqual([
			'title: empty',
			'nested.list.1: empty',
			'nested.say(): empty',
			'nested.fill(1): 1 of undefined',
			'untried: no sample arguments',
			'count: not a message (3)'
		]);
	});
});
