import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Module } from '$lib/content/types';
import { m } from '$lib/i18n';
import { backTo, fromOf, isEnhanced } from './answering';
import { lookupsFor } from './content';
import { flagLatest, getDb } from './db';
import { actionResult } from './delivery/action-result';
import { formBody } from './delivery/form-body';
import { heldIn } from './held';

/**
 * "I think my answer was right": kept with the learner's latest answer to the question, for a
 * teacher to read. It changes no score.
 */
export async function flagResponse(event: RequestEvent, module: Module): Promise<Response> {
	const form = await formBody(event.request);
	const questionId = form?.get('question');
	const found =
		typeof questionId === 'string' ? lookupsFor(module).question(questionId) : undefined;
	const refuse = (message: string) =>
		isEnhanced(event)
			? actionResult({ type: 'failure', status: 400, data: { error: message } })
			: error(400, message);
	if (!found || typeof questionId !== 'string') return refuse(m.errors.noQuestionId);
	const learnerId = event.locals.learnerId;
	// Before a test's results are out there is no result to disagree with.
	if ((await heldIn(learnerId, module)).has(questionId)) return refuse(m.errors.flagInTest);
	if (!learnerId || !(await flagLatest(await getDb(), learnerId, module.slug, questionId)))
		return refuse(m.errors.notAnswered);
	const context = form?.get('context') === 'review' ? 'review' : 'quiz';
	if (!isEnhanced(event))
		redirect(303, backTo(module, context, questionId, found.place, fromOf(form)));
	return actionResult({ type: 'success', status: 200, data: { questionId, flagged: true } });
}
