/*
 * Why the server refused a request, as the learner reads it. A learner who left something out
 * reads a sentence; the rest answer malformed requests (a hand-made form, a stale page) and are
 * capitalised when shown (src/lib/server/answering.ts).
 */
export const errors = {
	noModule: (slug: string) => `There is no module called "${slug}".`,
	noPage: (path: string) => `There is no page "${path}".`,
	unreadableAnswer: 'The answer could not be read: send it as a form of at most 64 KB.',
	noQuestionId: 'The answer does not say which question it is for.',
	noQuestion: (id: string) => `There is no question "${id}" in this module.`,
	/** The learner left something out. */
	chooseAnswer: 'Choose an answer first.',
	chooseOption: 'Choose at least one option.',
	givePositions: 'Give every item a position.',
	differentPositions: (n: number) => `Give each item a different position, from 1 to ${n}.`,
	matchEvery: 'Match every item.',
	sortEvery: 'Sort every item into a group.',
	typeAnswer: 'Type an answer first.',
	writeAnswer: 'Write your answer first.',
	/** A typed answer a few letters from an accepted one: not graded yet. */
	checkSpelling: (text: string) =>
		`Close: check the spelling of “${text.slice(0, 60)}”, then check again.`,
	chooseLoad: 'Choose light, normal or intensive.',
	/** A second answer on the review page to a question already reviewed today. */
	reviewedToday: 'You have reviewed this question today: it comes back when it is due again.',
	/** Asking for a hint or the answer to a question in a test whose results are held. */
	notInTest: (asked: 'hint' | 'show') =>
		`This question is in a test your teacher set: no ${asked === 'hint' ? 'hints' : 'answers'} until its results are out.`,
	/** "I think my answer was right" before a test's results are out. */
	flagInTest: 'This question is in a test: its result is not out yet.',
	/** A malformed answer. */
	unexpectedField: (name: string) => `unexpected field "${name}"`,
	notPart: (id: string, questionId: string) => `"${id}" is not part of question ${questionId}`,
	notAnAnswer: (kind: string) => `not an answer to a ${kind} question`,
	oneOption: 'choose exactly one option',
	optionsAreText: 'options are text',
	optionTwice: 'an option is chosen twice',
	positionNotNumber: (name: string) => `position of "${name}" is not a number`,
	orderOnce: 'order every item exactly once',
	oneValue: (name: string) => `give one value for "${name}"`,
	oneField: (name: string) => `send one "${name}" field`,
	tooLong: (max: number) => `answers are at most ${max} characters`,
	noHint: 'this question has no hint',
	notAnswered: 'answer the question first',
	/** More answers from one learner in a minute than anyone reads and answers. */
	tooFast: (seconds: number) =>
		`That is faster than anyone reads: wait ${seconds === 1 ? 'a second' : `${seconds} seconds`}, then send this answer again.`,
	/** The database could not store an answer (`reason` in plain words, e.g. "the disk is full"). */
	notSaved: (reason: string) =>
		`Your answer was not saved, because ${reason}. Nothing of it was kept: try again in a while, and if it goes on, tell whoever runs this site.`,
	/** The same, for anything else a learner or teacher sent. */
	notStored: (reason: string) =>
		`That was not saved, because ${reason}. Nothing of it was kept: try again in a while, and if it goes on, tell whoever runs this site.`
};
