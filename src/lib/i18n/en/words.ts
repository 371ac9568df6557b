import type { Skill } from '$lib/content/types';
import type { Status, UnitProgress } from '$lib/progress/derive';
import type { Level } from '$lib/progress/mastery';

/* Words shared by many pages: the states of progress and mastery, progress bars, quizzes. */

/** A unit's status, in brackets after its title. */
export const status = {
	'not-started': 'not started',
	'in-progress': 'in progress',
	complete: 'done'
} satisfies Record<Status, string>;

/** A mastery level, in a heading, a table or a sentence. */
export const level = {
	'not-started': 'not started',
	attempted: 'attempted',
	familiar: 'familiar',
	proficient: 'proficient',
	mastered: 'mastered'
} satisfies Record<Level, string>;

/** The tag on a question. */
export const skill = {
	recall: 'Recall',
	sequence: 'Sequence',
	compare: 'Compare',
	sourcing: 'Sourcing',
	corroboration: 'Corroboration',
	contextualization: 'Context',
	interpretation: 'Interpretation'
} satisfies Record<Skill, string>;

/** A progress bar, on every page that shows one. */
export const progressBar = {
	/** As screen readers name a progress bar. */
	in: (title: string) => `Progress in ${title}`,
	inComparison: 'Progress in the comparison',
	/** The words beside a progress bar. */
	bar: (p: UnitProgress) =>
		p.status === 'not-started'
			? `not started, ${p.total} questions`
			: `${p.answered} of ${p.total} answered, ${p.firstTryCorrect} right first time${
					p.held ? `, ${p.held} in a test with results to come` : ''
				}`
};

/** A quiz, around its questions (which load their own words, src/lib/i18n/en/quiz.ts). */
export const quizList = {
	/** As screen readers name a quiz, after the section or dimension it follows. */
	label: (title: string) => `Quiz: ${title}`,
	heading: 'Check your understanding'
};

/** The module's shared pages, by name, wherever they are linked. */
export const pageNames = {
	compare: 'Compare the cases',
	timeline: 'Timeline',
	sources: 'Sources',
	glossary: 'Glossary'
};
