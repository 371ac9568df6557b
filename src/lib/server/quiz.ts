import type { RequestEvent } from '@sveltejs/kit';
import type { Module, Question } from '$lib/content/types';
import { deriveProgress, type AttemptFact, type ModuleProgress } from '$lib/progress/derive';
import type { Reveal } from '$lib/quiz/types';
import { content, findQuestion, sourceLinker } from './content';
import { getDb, listAttempts, recordAttempt, type AttemptRow } from './db';
import { grade, parseAnswer, parseFormAnswer, reveal } from './grading';
import { ensureLearner } from './learner';
import { refuse } from './refuse';

export function toFacts(rows: AttemptRow[]): (AttemptFact & { context: 'quiz' | 'review' })[] {
	return rows.map((row) => ({
		questionId: row.question_id,
		earned: row.earned,
		total: row.total,
		correct: row.correct === 1,
		createdAt: row.created_at,
		context: row.context === 'review' ? 'review' : 'quiz'
	}));
}

async function moduleAttempts(learnerId: string | undefined, module: Module) {
	return learnerId ? listAttempts(await getDb(), learnerId, module.slug) : [];
}

/** The learner's progress in a module. */
export async function moduleProgress(
	learnerId: string | undefined,
	module: Module
): Promise<ModuleProgress> {
	return deriveProgress(module, toFacts(await moduleAttempts(learnerId, module)));
}

/** For the questions on a page, what the learner answered last, graded against current content. */
export async function revealsFor(
	learnerId: string | undefined,
	module: Module,
	questions: Question[]
): Promise<Record<string, Reveal>> {
	const latest = new Map<string, AttemptRow>();
	const counts = new Map<string, number>();
	for (const row of await moduleAttempts(learnerId, module)) {
		latest.set(row.question_id, row);
		counts.set(row.question_id, (counts.get(row.question_id) ?? 0) + 1);
	}
	const link = sourceLinker(module);
	const reveals: Record<string, Reveal> = {};
	for (const question of questions) {
		const row = latest.get(question.id);
		if (!row) continue;
		const parsed = parseAnswer(question, safeJson(row.answer));
		if (!('answer' in parsed)) continue; // the question changed since; show it fresh
		reveals[question.id] = reveal(
			question,
			parsed.answer,
			grade(question, parsed.answer),
			counts.get(question.id)!,
			link
		);
	}
	return reveals;
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
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
	onPage: (place: { case?: string; section: string }) => boolean,
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
	const place = findQuestion(module, questionId);
	if (!place || !onPage(place))
		return refused({ error: `There is no question "${questionId.slice(0, 60)}" on this page.` });

	const parsed = parseFormAnswer(place.question, form);
	if (!('answer' in parsed)) return refused({ questionId, error: capitalise(parsed.error) });

	const score = grade(place.question, parsed.answer);
	const learnerId = ensureLearner(event.cookies, event.url);
	const attempts = await recordAttempt(await getDb(), {
		learnerId,
		module: module.slug,
		questionId,
		kind: place.question.kind,
		answer: parsed.answer,
		earned: score.earned,
		total: score.total,
		correct: score.correct,
		contentVersion: content.version,
		context
	});
	return {
		ok: true,
		data: {
			questionId,
			attempts,
			reveal: reveal(place.question, parsed.answer, score, attempts, sourceLinker(module))
		}
	};
}

/** The form action behind every quiz (without JavaScript, and on the review page). */
export async function answerAction(
	event: RequestEvent,
	module: Module,
	onPage: (place: { case?: string; section: string }) => boolean,
	context: 'quiz' | 'review' = 'quiz'
) {
	const submission = await submitAnswer(event, module, onPage, context);
	return submission.ok ? submission.data : refuse(submission.status, submission.data);
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
