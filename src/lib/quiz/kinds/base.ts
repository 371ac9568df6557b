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
}

/**
 * What the page side knows of a question kind: how a question is shown before it is answered
 * (never its key, feedback or explanation), and the form fields an answer travels as.
 */
export interface ClientKind<K extends QuestionKind, Shown, Answer extends { kind: K }> {
	toPublic(question: QuestionOf<K>): Shown;
	/** The fields of the form that sends `answer`, as a browser would send them. */
	toForm(answer: Answer): [name: string, value: string][];
}

export function part({ id, html }: Part): Part {
	return { id, html };
}

/**
 * A fixed shuffle seeded by the question id, so the page is the same on every request and the
 * authored (correct) order is never the one shown.
 */
export function shuffle<T>(items: T[], seed: string): T[] {
	const out = [...items];
	let state = 0;
	for (const c of seed) state = (Math.imul(state, 31) + c.charCodeAt(0)) | 0;
	const random = () => {
		state = (Math.imul(state, 1103515245) + 12345) | 0;
		return ((state >>> 16) & 0x7fff) / 0x8000;
	};
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}
