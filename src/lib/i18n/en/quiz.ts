import type { Score } from '$lib/quiz/types';

/** A quiz, its questions, and what a learner sees once they have answered. */
export const quiz = {
	/** A quiz, as screen readers name it, after the section or dimension it follows. */
	label: (title: string) => `Quiz: ${title}`,
	heading: 'Check your understanding',
	questionNumber: (n: number) => `Question ${n}`,
	/** Said to screen readers once an answer is graded. */
	announceResult: (n: number, { correct, earned, total }: Score) =>
		`Question ${n}: ${correct ? 'right' : `${earned} of ${total} right`}.`,
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
	/** The heading of a result. */
	verdict: ({ correct, earned, total }: Score) =>
		correct ? 'Right' : earned > 0 ? `Partly right: ${earned} of ${total}` : 'Not right this time',
	/** Before the sources a result cites. */
	sources: (n: number) => (n > 1 ? 'Sources:' : 'Source:'),
	attempts: (n: number) =>
		`${n === 1 ? 'First attempt' : `Attempt ${n}`}. Your first attempt counts toward your progress; try again as often as you like.`,
	/** A mark on one part of an answer, when nothing more specific is said. */
	right: 'Right',
	notRight: 'Not right',
	/** Choice questions. */
	choice: {
		hint: 'Choose every answer that applies.',
		pickedRight: 'Your choice: right',
		pickedWrong: 'Your choice: not right',
		/** A right option the learner did not choose, in a single- or a multiple-choice question. */
		missedSingle: 'The right answer',
		missedMultiple: 'Also right'
	},
	order: {
		hint: 'Give each item its position, 1 for the earliest.',
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
	short: {
		label: 'Your answer',
		/** After a wrong typed answer, before one that would have been right. */
		accepted: 'An accepted answer:'
	}
};
