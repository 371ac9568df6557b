import type { Verdict } from '$lib/quiz/verdict';
import { plural } from './helpers.ts';

/** A quiz's questions, and what a learner sees once they have answered. */
export const quiz = {
	questionNumber: (n: number) => `Question ${n}`,
	/** Said to screen readers once an answer is graded. */
	announceResult: (n: number, verdict: Verdict) => `Question ${n}: ${quiz.verdict(verdict)}.`,
	/** Said to screen readers when an answer is refused. */
	announceError: (n: number, error: string) => `Question ${n}: ${error}`,
	/** When the server refused an answer without saying why. */
	notAccepted: 'The answer was not accepted.',
	unreachable: 'The server could not be reached, so the answer was not saved. Try again.',
	changed:
		'This question has changed since you last answered it, so your earlier answer is not shown. Answer it again.',
	/** The submit button, while sending, after an answer, and before. */
	checking: 'Checking…',
	checkAgain: 'Check again',
	check: 'Check answer',
	/** Before answering: be shown the answer instead of guessing (it counts as not right). */
	showMe: 'Show me the answer',
	hint: 'Show a hint',
	hintLabel: 'Hint:',
	/** Under a result marked not right. */
	flag: 'I think my answer was right',
	flagged:
		'You said you think your answer was right. It is kept for your teacher to read; the mark stays as it is.',
	/** The heading of a result. */
	/** What a result says (src/lib/quiz/verdict.ts). */
	verdict(v: Verdict): string {
		switch (v.kind) {
			case 'right':
				return 'Right';
			case 'saved':
				return v.rated
					? 'Saved, with your own rating'
					: 'Saved: now compare it with the rubric and the model answer';
			case 'shown':
				return 'Shown, not answered: it counts as not right, and comes back in review';
			case 'not-right':
				return 'Not right this time';
			case 'some-options':
				return `Partly right: you chose ${v.chosenRight} of the ${v.right} right options${v.chosenWrong ? ` and ${plural(v.chosenWrong, 'wrong one')}` : ''}`;
			case 'some-parts':
				return `Partly right: ${v.right} of ${v.of} ${{ places: 'in the right place', pairs: 'pairs matched', groups: 'in the right group' }[v.part]}`;
		}
	},
	/** Before the sources a result cites. */
	sources: (n: number) => (n > 1 ? 'Sources:' : 'Source:'),
	attempts: (n: number) =>
		`${n === 1 ? 'First attempt' : `Attempt ${n}`}. Your first attempt counts toward your progress; try again as often as you like, and a miss is made up by a right answer in a review a day or more later.`,
	/** A mark on one part of an answer, when nothing more specific is said. */
	right: 'Right',
	notRight: 'Not right',
	/** Choice questions. */
	choice: {
		hint: 'Choose every answer that applies.',
		pickedRight: 'Your choice: right',
		pickedWrong: 'Your choice: not right',
		/** A right option the learner did not choose, in a single- or a multiple-choice question. */
		missedSingle: 'The right answer, not chosen',
		missedMultiple: 'Also right, not chosen',
		/** A right option, when the learner asked to be shown the answer. */
		shown: 'The right answer',
		/** A wrong option the learner did not choose: said to screen readers. */
		notChosen: 'Not chosen, not right'
	},
	order: {
		hint: 'Give each item its position, 1 for the earliest.',
		/** With JavaScript: the items are moved instead. */
		moveHint: 'Put the items in order, earliest first: move each with its arrows.',
		up: 'Move up',
		down: 'Move down',
		/** Said to screen readers after a move. */
		moved: (item: string, position: number, total: number) =>
			`${item}: now ${position} of ${total}`,
		right: 'In the right place',
		wrong: (position: string) => `Belongs at position ${position}`
	},
	match: {
		placeholder: 'Choose a match…',
		/** After a wrong match, before the right one. */
		answer: 'The match is:'
	},
	categorize: {
		wrong: (category: string) => `Belongs to ${category}`
	},
	written: {
		label: 'Your answer',
		rubric: 'Now rate your answer against each point, then save again',
		model: 'A model answer',
		ratings: { met: 'Done', partly: 'Partly', not: 'Not yet' },
		save: 'Save my answer',
		saveAgain: 'Save again',
		/** Under a saved written answer. */
		saved: (n: number) =>
			`${n === 1 ? 'Saved' : `Saved ${n} times`}. Written answers are kept with your progress; they are not marked right or wrong.`
	},
	/** A question in a test the learner's teacher set, before its results are out. */
	held: {
		label: 'Test.',
		before:
			'Your teacher set this as a test: no hints or answers, and your answer is saved without a result.',
		saved: 'Your answer is saved. You can change it until the results are out.',
		until: (date: string | undefined) =>
			date
				? `Results, with the answers, after the due date (${date}).`
				: 'Results, with the answers, when your teacher releases them.',
		announce: (n: number) => `Question ${n}: answer saved for the test.`
	},
	short: {
		label: 'Your answer',
		/** After a wrong typed answer, before those that would have been right. */
		accepted: (n: number) => (n > 1 ? 'Accepted answers:' : 'An accepted answer:')
	}
};
