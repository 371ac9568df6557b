import type { Skill } from '$lib/content/types';
import type { Status } from '$lib/progress/derive';
import type { Level, Mastery, MasteryCounts } from '$lib/progress/mastery';
import type { NextStep } from '$lib/progress/dashboard';
import type { ReviewLoad } from '$lib/progress/review';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Every sentence the interface shows, in English. A translation is a file of the same shape
 * (`Messages`); pure modules return data, and views turn it into words here.
 */
export const en = {
	status: {
		'not-started': 'not started',
		'in-progress': 'in progress',
		complete: 'done'
	} satisfies Record<Status, string>,

	level: {
		'not-started': 'not started',
		attempted: 'attempted',
		familiar: 'familiar',
		proficient: 'proficient',
		mastered: 'mastered'
	} satisfies Record<Level, string>,

	/** The tag on a question. */
	skill: {
		recall: 'Recall',
		sequence: 'Sequence',
		compare: 'Compare',
		sourcing: 'Sourcing',
		corroboration: 'Corroboration',
		contextualization: 'Context',
		interpretation: 'Interpretation'
	} satisfies Record<Skill, string>,

	/** The questions that train a skill, as a sentence names them. */
	skillQuestions: {
		recall: 'recall questions',
		sequence: 'sequence questions',
		compare: 'comparison questions',
		sourcing: 'sourcing questions',
		corroboration: 'corroboration questions',
		contextualization: 'context questions',
		interpretation: 'interpretation questions'
	} satisfies Record<Skill, string>,

	reviewLoad: {
		light: 'Light: a few questions a day',
		normal: 'Normal: about fifteen a day',
		intensive: 'Intensive: up to thirty a day, seen more often'
	} satisfies Record<ReviewLoad, string>,

	/** Why a unit is at its level, e.g. "2 of 3 sourcing questions right on first try". */
	masteryReason(level: Level, c: MasteryCounts, noun = 'questions'): string {
		switch (level) {
			case 'not-started':
				return `none of ${c.total} ${noun} answered yet`;
			case 'mastered':
				return `all ${c.total} ${noun} recalled in review a day or more later`;
			case 'proficient':
				return `${c.firstRight} of ${c.total} ${noun} right on first try; ${c.recalled} of ${c.total} recalled in a later review`;
			case 'familiar':
				return `${c.answered} of ${c.total} ${noun} answered, ${c.rightNow} right now, ${c.firstRight} right on first try`;
			case 'attempted':
				return `${c.answered} of ${c.total} ${noun} answered, ${c.rightNow} right now`;
		}
	},

	/** The reason for a level, or for its latest change. */
	mastery(m: Mastery, noun?: string): string {
		const reason = en.masteryReason(m.level, m.counts, noun);
		if (!m.change) return reason;
		const from = en.level[m.change.from];
		if (m.change.direction === 'up') return `up from ${from}: ${reason}`;
		const cause =
			m.change.cause === 'missed-in-review'
				? 'a question was missed in review'
				: 'the latest answer was not right';
		return `down from ${from}: ${cause} (${reason})`;
	},

	next(step: NextStep): string {
		switch (step.kind) {
			case 'review':
				return `Review ${plural(step.due, 'question')} that ${step.due === 1 ? 'is' : 'are'} due`;
			case 'finish':
				return `Finish: ${step.title}`;
			case 'start':
				return step.place.kind === 'dimension'
					? `Compare: ${step.title}`
					: `Start: ${step.caseTitle ? `${step.caseTitle}, ` : ''}${step.title}`;
		}
	}
};

export type Messages = typeof en;
