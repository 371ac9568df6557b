import type { QuestionKind, QuestionOf, Skill } from '$lib/content/types';

/** A piece of a question a learner can see: id and rendered HTML. */
export interface Part {
	id: string;
	html: string;
}

/** What every question shows before it is answered. */
export interface PublicBase {
	id: string;
	skill: Skill;
	promptHtml: string;
	/** Whether a hint can be asked for (not the hint itself). */
	hasHint: boolean;
	/** False for a question that is not marked right or wrong (a written response). */
	graded: boolean;
}

/**
 * What the page side knows of a question kind: how a question is shown before it is answered
 * (never its key, feedback or explanation), and the form fields an answer travels as.
 */
export interface ClientKind<K extends QuestionKind, Shown, Answer extends { kind: K }> {
	toPublic(question: QuestionOf<K>, arrange: Arrange): Shown;
	/** The fields of the form that sends `answer`, as a browser would send them. */
	toForm(answer: Answer): [name: string, value: string][];
}

export function part({ id, html }: Part): Part {
	return { id, html };
}

/**
 * Puts a list of a question's parts in the order one learner sees them. `list` names which list
 * ("options", "items", "rights"), so that each is shuffled on its own. The server decides the
 * order, from a secret, so that nobody can work it out from the content.
 */
export type Arrange = <T>(items: T[], list: string) => T[];

/** The arranged list, but never in the order it was written when that order is the key. */
export function notAsWritten<T>(arranged: T[], written: T[]): T[] {
	return arranged.length > 1 && arranged.every((item, i) => item === written[i])
		? [...arranged.slice(1), arranged[0]!]
		: arranged;
}
