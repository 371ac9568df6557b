import { expect, test } from 'vitest';
import { itemWriting } from '$lib/content/item-writing';
import type { Module, Question } from '$lib/content/types';
import { build, options } from '../builders';

/** A module of one section holding `questions`. */
function moduleOf(questions: Question[]): Module {
	return {
		slug: 'm',
		title: 'M',
		shortTitle: 'M',
		guidingQuestion: '?',
		summary: '.',
		objectives: [],
		overviewHtml: '',
		cases: [
			{
				kind: 'case',
				slug: 'c',
				title: 'C',
				shortTitle: 'C',
				summary: '.',
				introHtml: '',
				minutes: 1,
				introRefs: { sources: [], terms: [] },
				sections: [
					{
						slug: 's',
						title: 'S',
						minutes: 1,
						html: '',
						refs: { sources: [], terms: [] },
						questions
					}
				]
			}
		],
		dimensions: [],
		sources: [],
		glossary: [],
		timeline: []
	};
}

const figure = (questions: Question[], check: string) =>
	itemWriting(moduleOf(questions)).find((f) => f.check === check)!;

test('keys that are always the longest option fail, with each question named', () => {
	const questions = Array.from({ length: 10 }, (_, i) =>
		build('single', `long-${i}`, {
			options: options(
				['The right answer, spelled out at length', true],
				['Short'],
				['Brief'],
				['Terse']
			)
		})
	);
	const longest = figure(questions, 'longest');
	expect(longest.chance).toBeCloseTo(0.25);
	expect(longest.flagged.map((q) => q.id)).toEqual(questions.map((q) => q.id));
	expect(longest.failed).toBe(true);
});

test('keys that are the longest no more often than chance pass', () => {
	const questions = Array.from({ length: 8 }, (_, i) =>
		build('single', `fair-${i}`, {
			options:
				i % 4 === 0
					? options(['Right, and said at length', true], ['Wrong'], ['Not it'], ['Nope'])
					: options(['Right', true], ['A distractor written out at length'], ['Wrong'], ['Nope'])
		})
	);
	expect(figure(questions, 'longest')).toMatchObject({ failed: false });
	expect(figure(questions, 'longest').flagged).toHaveLength(2);
});

test('a key that alone repeats a word of the prompt is a cue', () => {
	const cued = build('single', 'cued', {
		prompt: 'Which force did the alliance send to Almaty?',
		options: options(['An alliance force', true], ['A Turkish brigade'], ['No foreign troops'])
	});
	const fair = build('single', 'fair', {
		prompt: 'Which force did the alliance send to Almaty?',
		options: options(['Peacekeepers', true], ['A Turkish brigade'], ['No foreign troops'])
	});
	expect(figure([cued, fair], 'prompt-word').flagged.map((q) => q.id)).toEqual(['cued']);
});

test('"none of the above" is refused wherever it appears', () => {
	const q = build('single', 'above', {
		options: options(['Yes', true], ['No'], ['None of the above'])
	});
	expect(figure([q], 'above')).toMatchObject({ failed: true });
});
