import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Module, Place, Question } from '$lib/content/types';
import { questionAnchor, urls } from '$lib/content/urls';
import { m } from '$lib/i18n';
import type { Reveal } from '$lib/quiz/types';
import { content, lookupsFor, sourceLink } from './content';
import { getDb, latestAnswers, recordAttempt } from './db';
import { actionResult } from './delivery/action-result';
import { setFlash } from './delivery/flash';
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

/** Why an answer was refused; `incomplete` when the learner only left something out. */
interface Refusal {
	error: string;
	questionId?: string;
	incomplete?: true;
}

export type Submission =
	| {
			ok: true;
			place: Place;
			context: Context;
			data: { questionId: string; attempts: number; reveal: Reveal };
	  }
	| { ok: false; place?: Place; context: Context; data: Refusal };

type Context = 'quiz' | 'review';

/**
 * Parse, grade, store: the one road for every answer. Malformed input is refused with a
 * message and stores nothing.
 */
export async function submitAnswer(event: RequestEvent, module: Module): Promise<Submission> {
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch {
		return refused('quiz', { error: m.errors.unreadableAnswer });
	}
	const context: Context = form.get('context') === 'review' ? 'review' : 'quiz';
	const questionId = form.get('question');
	if (typeof questionId !== 'string' || questionId === '')
		return refused(context, { error: m.errors.noQuestionId });
	const found = lookupsFor(module).question(questionId);
	if (!found) return refused(context, { error: m.errors.noQuestion(questionId.slice(0, 60)) });

	const { question, place } = found;
	const parsed = parseFormAnswer(question, form);
	if (!('answer' in parsed))
		return refused(
			context,
			{ questionId, error: capitalise(parsed.error), incomplete: parsed.incomplete },
			place
		);

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
		place,
		context,
		data: {
			questionId,
			attempts,
			reveal: reveal(question, parsed.answer, score, attempts, (id) => sourceLink(module, id))
		}
	};
}

function refused(context: Context, data: Refusal, place?: Place): Submission {
	return { ok: false, context, data, place };
}

/**
 * The answer endpoint's reply. To a form enhanced by JavaScript: the result, as form actions
 * answer (the review page moves on to its next question instead). Without JavaScript: back to
 * the question's page, where the stored answer shows, or why it was refused.
 */
export async function answerResponse(event: RequestEvent, module: Module): Promise<Response> {
	const submission = await submitAnswer(event, module);
	const enhanced = event.request.headers.get('x-sveltekit-action') === 'true' || wantsJson(event);
	const back = (questionId: string | undefined, place: Place | undefined) =>
		submission.context === 'review'
			? `${urls.review(module.slug)}${questionId ? `?answered=${encodeURIComponent(questionId)}` : ''}`
			: `${urls.place(module.slug, place!).replace(/#.*/, '')}#${questionAnchor(questionId!)}`;

	if (submission.ok) {
		const location = back(submission.data.questionId, submission.place);
		if (!enhanced) redirect(303, location);
		return actionResult(
			submission.context === 'review'
				? { type: 'redirect', status: 303, location }
				: { type: 'success', status: 200, data: submission.data }
		);
	}
	if (enhanced) return actionResult({ type: 'failure', status: 400, data: submission.data });
	// A learner who left something out goes back to the question; anything else is malformed.
	const { questionId, error: message, incomplete } = submission.data;
	if (!incomplete || !questionId || (!submission.place && submission.context === 'quiz'))
		error(400, message);
	setFlash(event, { questionId, error: message });
	redirect(
		303,
		submission.context === 'review' ? urls.review(module.slug) : back(questionId, submission.place)
	);
}

function wantsJson(event: RequestEvent): boolean {
	return (event.request.headers.get('accept') ?? '').includes('application/json');
}

/** A malformed answer's reason starts a sentence when shown alone (see i18n/en/errors.ts). */
function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase(m.format.locale) + text.slice(1);
}
