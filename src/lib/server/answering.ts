import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Module, Place } from '$lib/content/types';
import { questionAnchor, urls } from '$lib/content/urls';
import { m } from '$lib/i18n';
import type { Held, Reveal } from '$lib/quiz/types';
import { content, lookupsFor, sourceLink } from './content';
import { getDb, recordAttempt, recordHint, reviewedOn, storageFault } from './db';
import { actionResult } from './delivery/action-result';
import { setFlash } from './delivery/flash';
import { formBody } from './delivery/form-body';
import { grade, parseFormAnswer, reveal, shownScore } from './grading';
import { heldIn } from './held';
import { createAnswerRate } from './identity/answer-rate';
import { ensureLearner } from './identity/learner';

let answerRate: ReturnType<typeof createAnswerRate> | undefined;

/** ANSWERS_PER_MINUTE per learner (120 by default; 0: no limit), with a burst of 30. */
function rateOfAnswers() {
	answerRate ??= createAnswerRate(Number(env.ANSWERS_PER_MINUTE ?? 120));
	return answerRate;
}

/**
 * Why an answer was refused; `incomplete` when the learner only left something out, `unsaved`
 * when it was fine but the database could not store it.
 */
interface Refusal {
	error: string;
	questionId?: string;
	incomplete?: true;
	unsaved?: true;
	/** Sent faster than anyone reads: the learner waits a moment and sends it again. */
	tooFast?: true;
}

export type Submission =
	| {
			ok: true;
			place: Place;
			context: Context;
			from: From;
			data: {
				questionId: string;
				attempts?: number;
				reveal?: Reveal;
				/** Saved in a test whose results are held: no result yet. */
				held?: Held;
				hint?: string;
			};
	  }
	| { ok: false; place?: Place; context: Context; from: From; data: Refusal };

export type Context = 'quiz' | 'review';

/** The page a quiz was answered on: a section's own page, or its case's whole worksheet. */
export type From = 'section' | 'worksheet';

/** Where a form says it was sent from; anything else is the section's own page. */
export function fromOf(form: FormData | undefined): From {
	return form?.get('from') === 'worksheet' ? 'worksheet' : 'section';
}

/**
 * Parse, grade, store: the one road for every answer. Malformed input is refused with a
 * message and stores nothing.
 */
export async function submitAnswer(event: RequestEvent, module: Module): Promise<Submission> {
	const form = await formBody(event.request);
	if (!form) return refused('quiz', 'section', { error: m.errors.unreadableAnswer });
	const context: Context = form.get('context') === 'review' ? 'review' : 'quiz';
	const from = fromOf(form);
	const questionId = form.get('question');
	if (typeof questionId !== 'string' || questionId === '')
		return refused(context, from, { error: m.errors.noQuestionId });
	const found = lookupsFor(module).question(questionId);
	if (!found)
		return refused(context, from, { error: m.errors.noQuestion(questionId.slice(0, 60)) });

	const { question, place } = found;
	const intent = form.get('intent');
	// In a test set by the learner's teacher, an answer is saved and nothing of its result shown.
	const test = event.locals.learnerId
		? (await heldIn(event.locals.learnerId, module, event.locals.learner?.held)).get(questionId)
		: undefined;
	if (test && (intent === 'hint' || intent === 'show'))
		return refused(
			context,
			from,
			{ questionId, error: m.errors.notInTest(intent), incomplete: true },
			place
		);
	if (intent === 'hint') {
		if (!question.hintHtml) return refused(context, from, { questionId, error: m.errors.noHint });
		await recordHint(await getDb(), ensureLearner(event), module.slug, questionId);
		return { ok: true, place, context, from, data: { questionId, hint: question.hintHtml } };
	}
	if (context === 'review' && event.locals.learnerId) {
		// Only the first answer to a due question counts: a second one today would copy the first.
		const today = new Date().toISOString().slice(0, 10);
		const db = await getDb();
		if (await reviewedOn(db, event.locals.learnerId, module.slug, questionId, today))
			return refused(
				context,
				from,
				{ questionId, error: m.errors.reviewedToday, incomplete: true },
				place
			);
	}
	const shown = intent === 'show';
	const parsed = shown ? undefined : parseFormAnswer(question, form);
	if (parsed && !('answer' in parsed))
		return refused(
			context,
			from,
			{ questionId, error: capitalise(parsed.error), incomplete: parsed.incomplete },
			place
		);

	const wait = event.locals.learnerId ? rateOfAnswers().wait(event.locals.learnerId) : 0;
	if (wait > 0)
		return refused(
			context,
			from,
			{ questionId, error: m.errors.tooFast(wait), incomplete: true, tooFast: true },
			place
		);
	const answer = parsed?.answer;
	const score = answer ? grade(question, answer) : shownScore();
	const attempts = await stored(async () =>
		recordAttempt(await getDb(), {
			learnerId: ensureLearner(event),
			module: module.slug,
			questionId,
			kind: question.kind,
			answer: answer ?? null,
			earned: score.earned,
			total: score.total,
			correct: score.correct,
			contentVersion: content.version,
			questionVersion: question.version,
			context,
			shown
		})
	);
	if (typeof attempts !== 'number')
		return refused(context, from, { questionId, error: attempts.unsaved, unsaved: true }, place);
	if (test)
		return {
			ok: true,
			place,
			context,
			from,
			data: { questionId, attempts, held: { ...test, answer } }
		};
	return {
		ok: true,
		place,
		context,
		from,
		data: {
			questionId,
			attempts,
			reveal: reveal(question, answer, score, attempts, (id) => sourceLink(module, id))
		}
	};
}

/**
 * The result of a write, or why the database could not make it, in words for the learner (a
 * transaction stores all of an answer or none of it). Errors of any other kind are the program's.
 */
async function stored<T>(write: () => Promise<T>): Promise<T | { unsaved: string }> {
	try {
		return await write();
	} catch (error) {
		const fault = storageFault(error);
		if (!fault) throw error;
		console.error('an answer could not be stored:', error);
		return { unsaved: m.errors.notSaved(fault) };
	}
}

function refused(context: Context, from: From, data: Refusal, place?: Place): Submission {
	return { ok: false, context, from, data, place };
}

/**
 * The answer endpoint's reply. To a form enhanced by JavaScript: the result, as form actions
 * answer (the review page moves on to its next question instead). Without JavaScript: back to
 * the question's page, where the stored answer shows, or why it was refused.
 */
export async function answerResponse(event: RequestEvent, module: Module): Promise<Response> {
	const submission = await submitAnswer(event, module);
	const enhanced = isEnhanced(event);
	const back = (questionId: string | undefined, place: Place | undefined) =>
		backTo(module, submission.context, questionId, place, submission.from);

	if (submission.ok) {
		const { questionId, hint } = submission.data;
		// On the review page an answer moves on to its result; a hint stays where it was asked.
		const movesOn = submission.context === 'review' && !hint;
		const location =
			hint && submission.context === 'review'
				? urls.review(module.slug)
				: back(questionId, submission.place);
		if (!enhanced) redirect(303, location);
		return actionResult(
			movesOn
				? { type: 'redirect', status: 303, location }
				: { type: 'success', status: 200, data: submission.data }
		);
	}
	const status = submission.data.unsaved ? 503 : submission.data.tooFast ? 429 : 400;
	if (enhanced) return actionResult({ type: 'failure', status, data: submission.data });
	// A learner who left something out goes back to the question; anything else is malformed.
	const { questionId, error: message, incomplete } = submission.data;
	if (submission.data.unsaved) error(503, message);
	if (!incomplete || !questionId || (!submission.place && submission.context === 'quiz'))
		error(400, message);
	setFlash(event, { questionId, error: message });
	redirect(
		303,
		submission.context === 'review' ? urls.review(module.slug) : back(questionId, submission.place)
	);
}

/** A post from a form enhanced by JavaScript (or a client that asks for JSON). */
export function isEnhanced(event: RequestEvent): boolean {
	return (
		event.request.headers.get('x-sveltekit-action') === 'true' ||
		(event.request.headers.get('accept') ?? '').includes('application/json')
	);
}

/** Where a learner goes back to after sending a question's form without JavaScript. */
export function backTo(
	module: Module,
	context: Context,
	questionId: string | undefined,
	place: Place | undefined,
	from: From
): string {
	if (context === 'review' || !place || !questionId)
		return `${urls.review(module.slug)}${questionId ? `?answered=${encodeURIComponent(questionId)}` : ''}`;
	if (from === 'worksheet' && place.kind === 'section')
		return `${urls.worksheet(module.slug, place.case)}#${questionAnchor(questionId)}`;
	return urls.question(module.slug, place, questionId);
}

/** A malformed answer's reason starts a sentence when shown alone (see i18n/en/errors.ts). */
function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase(m.format.locale) + text.slice(1);
}
