import type { RequestEvent } from '@sveltejs/kit';
import type { Module, Place, Question } from '$lib/content/types';
import type { Reveal } from '$lib/quiz/types';
import { content, lookupsFor, sourceLink } from './content';
import { getDb, latestAnswers, recordAttempt } from './db';
import { refuse } from './delivery/refuse';
import { grade, parseFormAnswer, parseStoredAnswer, reveal } from './grading';
import { ensureLearner } from './identity/learner';

/** What a page shows of the learner's earlier answers to its questions. */
export interface Answered {
	/** The latest answer to each question, graded, with its key and explanation. */
	reveals: Record<string, Reveal>;
	/** Questions answered before they changed: their old answers no longer fit, so none is shown. */
	changed: string[];
}

/** For the questions on a page, what the learner answered last; never re-graded against changes. */
export async function answeredOn(
	learnerId: string | undefined,
	module: Module,
	questions: Question[]
): Promise<Answered> {
	const answered: Answered = { reveals: {}, changed: [] };
	if (!learnerId) return answered;
	const latest = await latestAnswers(await getDb(), learnerId, module.slug);
	for (const question of questions) {
		const stored = latest.get(question.id);
		if (!stored) continue;
		const parsed = parseStoredAnswer(question, stored.answer);
		if (!('answer' in parsed) || (stored.version !== null && stored.version !== question.version)) {
			answered.changed.push(question.id);
			continue;
		}
		answered.reveals[question.id] = reveal(
			question,
			parsed.answer,
			grade(question, parsed.answer),
			stored.attempts,
			(id) => sourceLink(module, id)
		);
	}
	return answered;
}

type Refusal = { error: string; questionId?: string };
export type Submission =
	| { ok: true; data: { questionId: string; attempts: number; reveal: Reveal } }
	| { ok: false; status: number; data: Refusal };

const refused = (data: Refusal): Submission => ({ ok: false, status: 400, data });

/**
 * Parse, grade, store: the one road for every answer. Malformed input is refused with a
 * message and stores nothing; `onPage` limits answers to the questions the page shows.
 */
export async function submitAnswer(
	event: RequestEvent,
	module: Module,
	onPage: (place: Place) => boolean,
	context: 'quiz' | 'review' = 'quiz'
): Promise<Submission> {
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch {
		return refused({ error: 'The answer could not be read: send it as a form of at most 64 KB.' });
	}
	const questionId = form.get('question');
	if (typeof questionId !== 'string' || questionId === '')
		return refused({ error: 'The answer does not say which question it is for.' });
	const found = lookupsFor(module).question(questionId);
	if (!found || !onPage(found.place))
		return refused({ error: `There is no question "${questionId.slice(0, 60)}" on this page.` });

	const { question } = found;
	const parsed = parseFormAnswer(question, form);
	if (!('answer' in parsed)) return refused({ questionId, error: capitalise(parsed.error) });

	const score = grade(question, parsed.answer);
	const attempts = await recordAttempt(await getDb(), {
		learnerId: ensureLearner(event),
		module: module.slug,
		questionId,
		kind: question.kind,
		answer: parsed.answer,
		earned: score.earned,
		total: score.total,
		correct: score.correct,
		contentVersion: content.version,
		questionVersion: question.version,
		context
	});
	return {
		ok: true,
		data: {
			questionId,
			attempts,
			reveal: reveal(question, parsed.answer, score, attempts, (id) => sourceLink(module, id))
		}
	};
}

/** The form action behind every quiz, with JavaScript (enhanced) or without. */
export async function answerAction(
	event: RequestEvent,
	module: Module,
	onPage: (place: Place) => boolean,
	context: 'quiz' | 'review' = 'quiz'
) {
	const submission = await submitAnswer(event, module, onPage, context);
	return submission.ok ? submission.data : refuse(submission.status, submission.data);
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
