import type { Skill } from '$lib/content/types';
import type { Level, Mastery, MasteryCounts } from '$lib/progress/mastery';
import type { NextStep } from '$lib/progress/dashboard';
import { plural } from './helpers.ts';
import { level } from './words.ts';

/** The questions that train a skill, as a sentence names them. */
export const skillQuestions = {
	recall: 'recall questions',
	sequence: 'sequence questions',
	compare: 'comparison questions',
	sourcing: 'sourcing questions',
	corroboration: 'corroboration questions',
	contextualization: 'context questions',
	interpretation: 'interpretation questions'
} satisfies Record<Skill, string>;

/** Why a unit is at its level, e.g. "2 of 3 sourcing questions right on first try". */
export function masteryReason(level: Level, c: MasteryCounts, noun = 'questions'): string {
	switch (level) {
		case 'not-started':
			return `none of ${c.total} ${noun} answered yet`;
		case 'mastered':
			return `all ${c.total} ${noun} recalled in review a day or more later`;
		case 'proficient':
			return c.recovered === 0
				? `${c.firstRight} of ${c.total} ${noun} right on first try; ${c.recalled} of ${c.total} recalled in a later review`
				: `${c.firstRight} of ${c.total} ${noun} right on first try and ${c.recovered} more right in a review a day or more later; ${c.recalled} of ${c.total} recalled in a later review`;
		case 'familiar':
			return `${c.answered} of ${c.total} ${noun} answered, ${c.rightNow} right now, ${c.firstRight} right on first try`;
		case 'attempted':
			return `${c.answered} of ${c.total} ${noun} answered, ${c.rightNow} right now`;
	}
}

/** The reason for a level, or for its latest change. */
export function mastery(m: Mastery, noun?: string): string {
	const reason = masteryReason(m.level, m.counts, noun);
	if (!m.change) return reason;
	const from = level[m.change.from];
	if (m.change.direction === 'up') return `up from ${from}: ${reason}`;
	const cause =
		m.change.cause === 'missed-in-review'
			? 'a question was missed in review'
			: 'the latest answer was not right';
	return `down from ${from}: ${cause} (${reason})`;
}

/** The one step the progress page suggests, as its button says it. */
export function next(step: NextStep): string {
	switch (step.kind) {
		case 'review':
			return `Review ${plural(step.due, 'question')} that ${step.due === 1 ? 'is' : 'are'} due`;
		case 'finish':
			return `Finish: ${step.caseTitle ? `${step.caseTitle}, ` : ''}${step.title}`;
		case 'start':
			return step.place.kind === 'dimension'
				? `Compare: ${step.title}`
				: `Start: ${step.caseTitle ? `${step.caseTitle}, ` : ''}${step.title}`;
	}
}

/** The progress page. */
export const progress = {
	/** The page's `<title>` and heading. */
	title: 'My progress',
	description: 'What you know, what to do next, and why.',
	/** What the page says after the learner reset or recovered their progress. */
	notice: {
		reset: 'Your progress has been deleted from this server.',
		merged: 'Done: this browser’s answers were added to your recovered progress.',
		recovered: 'Done: this browser now continues your progress.',
		kept: 'Done: this browser now continues your progress. The answers it held before stay stored apart, under their own recovery code if one was made for them.',
		left: 'This browser no longer holds any progress. Nothing was deleted: a recovery code brings progress back on any device.'
	},
	nextHeading: 'Next best step',
	allDone: 'You have answered everything here and nothing is due for review. Well done.',
	due: (n: number) =>
		n ? `${plural(n, 'question')} due for review.` : 'No questions due for review.',
	reviewLink: 'Review page and settings',
	byCase: 'By case and section',
	byCaseChart: 'Mastery by case',
	/** Under each chart: its bars are levels, not a share answered. */
	chartLegend:
		'Each row shows a mastery level in four steps: attempted, familiar, proficient, mastered. It is not the share of questions answered.',
	/** The table of a case's sections, as screen readers name it. */
	sectionsOf: (caseTitle: string) => `Sections of ${caseTitle}`,
	section: 'Section',
	comparison: 'The comparison',
	dimensions: 'Dimensions of the comparison',
	dimension: 'Dimension',
	bySkill: 'By thinking skill',
	/** The chart and the table by skill. */
	bySkillChart: 'Mastery by thinking skill',
	skill: 'Skill',
	/** The columns of a mastery table after the unit. */
	levelColumn: 'Level',
	whyColumn: 'Why'
};

/** The mastery rules in plain words (src/lib/progress/mastery.ts states them as a table). */
export const levelRules = {
	title: 'How levels are worked out',
	rules: [
		{ name: 'Attempted', rule: 'you have answered at least one question.' },
		{
			name: 'Familiar',
			rule: 'you have answered at least half the questions, and at least half of those are right now (retries count).'
		},
		{
			name: 'Proficient',
			rule: 'you have answered every question, and at least 80% are known: right on your first try, or missed at first and then right in a review a day or more later. A retry straight after a miss does not count: it shows you understand the answer now, not that you know it.'
		},
		{
			name: 'Mastered',
			rule: 'proficient, and you recalled every question correctly in a review a day or more after you first answered it.'
		}
	],
	down: 'A level can go down, for example when a review is missed; the table then says why.'
};

/** Carrying progress to another device with a recovery code, and back. */
export const device = {
	heading: 'Continue on another device',
	/** Before the learner's code, and after it. */
	code: 'Your recovery code:',
	codeAfter:
		'. Enter it on another device to continue there. Keep it private: anyone with it can see and change your progress.',
	showCode: 'Show my recovery code',
	/** Asked when a code is entered in a browser that has answers of its own. */
	confirm: (here: number) =>
		`This browser already holds ${plural(here, 'answer')}, perhaps someone else’s. What should happen to them?`,
	merge: 'They are mine: add them to the recovered progress',
	apart: 'Keep them apart and continue the recovered progress',
	cancel: 'Cancel',
	/** Leaving a shared computer. */
	leaveStart: 'Leave this computer…',
	leaveWhy:
		'On a shared computer? Leave it when you finish, so that the next person starts afresh.',
	leaveExplain:
		'Leaving makes this browser forget your progress. Nothing is deleted: your recovery code (or your teacher, if you are in a class) brings it back on any device. Make sure you have your code first.',
	leave: 'Leave this computer',
	enterCode: 'Have a code from another device?',
	/** The shape of a code, in the empty field. */
	placeholder: 'XXXX-XXXX-XXXX-XXXX',
	recover: 'Continue that progress',
	/** Why a code was not shown, or not accepted. */
	noProgress: 'Answer a question first: there is no progress to carry yet.',
	tooManyCodes: (minutes: number) => `Too many wrong codes. Try again in ${minutes} minutes.`,
	unknownCode: 'No progress has that code. Check it and try again.'
};

/** What is stored, the downloads, and deleting it all. */
export const myData = {
	heading: 'Your data',
	stored:
		'Parallels asks for no name or e-mail. Your answers are stored on this server under a random id kept in a cookie in this browser for up to 400 days, and kept until you delete them. Nothing else is recorded.',
	download: 'Download my data:',
	json: 'JSON',
	csv: 'CSV (spreadsheet)',
	/** Asked before deleting, in bold, then what it means. */
	confirmReset: 'Delete all your answers, review history and recovery code?',
	irreversible: 'This cannot be undone.',
	/** Whether deleting reaches other browsers that hold the same progress. */
	elsewhere: (browsers: number) =>
		browsers
			? `Your recovery code was entered on ${plural(browsers, 'other browser')}: your progress goes there too.`
			: 'Only this browser holds your progress (your recovery code was never entered elsewhere).',
	justLeave: 'To stop using this computer without deleting anything, leave it instead (above).',
	reset: 'Yes, delete my progress',
	keep: 'Keep my progress',
	startReset: 'Reset my progress…',
	nothingStored: 'You have not answered any questions yet, so nothing is stored about you.'
};

/** What a learner's classes have set them, on their progress page. */
export const assigned = {
	heading: 'Set by your teachers',
	from: (className: string) => `for ${className}`,
	due: (date: string) => `due ${date}`,
	overdue: (date: string) => `was due ${date}`,
	progress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
	testHeld: (dueOn: string | undefined) =>
		dueOn ? `a test: results after ${dueOn}` : 'a test: results when your teacher releases them',
	testReleased: 'a test: results out',
	done: 'done'
};
