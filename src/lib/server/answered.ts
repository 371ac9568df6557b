import type { Module, Question } from '$lib/content/types';
import type { Reveal } from '$lib/quiz/types';
import { sourceLink } from './content';
import { getDb, hintsUsed, latestAnswers } from './db';
import { revealStored } from './grading';

/** What a page shows of the learner's earlier answers to its questions. */
export interface Answered {
	/** The latest answer to each question, graded, with its key and explanation. */
	reveals: Record<string, Reveal>;
	/** Questions answered before they changed: their old answers no longer fit, so none is shown. */
	changed: string[];
	/** The hints the learner asked for, by question. */
	hints: Record<string, string>;
}

/** For the questions on a page, what the learner answered last; never re-graded against changes. */
export async function answeredOn(
	learnerId: string | undefined,
	module: Module,
	questions: Question[]
): Promise<Answered> {
	const answered: Answered = { reveals: {}, changed: [], hints: {} };
	if (!learnerId) return answered;
	const db = await getDb();
	const [latest, hints] = await Promise.all([
		latestAnswers(db, learnerId, module.slug),
		hintsUsed(db, learnerId, module.slug)
	]);
	for (const question of questions) {
		if (hints.has(question.id) && question.hintHtml)
			answered.hints[question.id] = question.hintHtml;
		const stored = latest.get(question.id);
		if (!stored) continue;
		const shown = revealStored(question, stored, (id) => sourceLink(module, id));
		if (shown === 'changed') answered.changed.push(question.id);
		else answered.reveals[question.id] = { ...shown, flagged: stored.flagged };
	}
	return answered;
}
