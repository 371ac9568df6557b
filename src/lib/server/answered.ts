import type { Module, Question } from '$lib/content/types';
import type { Held, Reveal } from '$lib/quiz/types';
import { sourceLink } from './content';
import { getDb, hintsUsed, latestAnswers } from './db';
import { parseStoredAnswer, revealStored } from './grading';
import { heldIn } from './held';

/** What a page shows of the learner's earlier answers to its questions. */
export interface Answered {
	/** The latest answer to each question, graded, with its key and explanation. */
	reveals: Record<string, Reveal>;
	/** Questions answered before they changed: their old answers no longer fit, so none is shown. */
	changed: string[];
	/** The hints the learner asked for, by question. */
	hints: Record<string, string>;
	/** Questions in a test whose results are held: the learner's answer, and no result. */
	held: Record<string, Held>;
}

/**
 * For the questions on a page, what the learner answered last; never re-graded against changes.
 * A question in a test whose results are held shows the answer given, and nothing of its result.
 */
export async function answeredOn(
	learnerId: string | undefined,
	module: Module,
	questions: Question[]
): Promise<Answered> {
	const answered: Answered = { reveals: {}, changed: [], hints: {}, held: {} };
	if (!learnerId) return answered;
	const db = await getDb();
	const [latest, hints, held] = await Promise.all([
		latestAnswers(db, learnerId, module.slug),
		hintsUsed(db, learnerId, module.slug),
		heldIn(learnerId, module)
	]);
	for (const question of questions) {
		if (hints.has(question.id) && question.hintHtml)
			answered.hints[question.id] = question.hintHtml;
		const stored = latest.get(question.id);
		const test = held.get(question.id);
		if (test) {
			const given =
				stored && !stored.shown && (stored.version === null || stored.version === question.version)
					? parseStoredAnswer(question, stored.answer)
					: undefined;
			answered.held[question.id] = {
				...test,
				...(given && 'answer' in given && { answer: given.answer })
			};
			continue;
		}
		if (!stored) continue;
		const shown = revealStored(question, stored, (id) => sourceLink(module, id));
		if (shown === 'changed') answered.changed.push(question.id);
		else answered.reveals[question.id] = { ...shown, flagged: stored.flagged };
	}
	return answered;
}
