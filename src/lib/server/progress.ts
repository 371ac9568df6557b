import type { Module } from '$lib/content/types';
import { deriveProgress, type ModuleProgress } from '$lib/progress/derive';
import { content } from './content';
import { getDb, listAttempts } from './db';
import { toFacts } from './quiz';

/** Progress in every module for one learner, from a single query. */
export async function allProgress(
	learnerId: string | undefined
): Promise<{ module: Module; progress: ModuleProgress }[]> {
	const rows = learnerId ? await listAttempts(await getDb(), learnerId) : [];
	return content.modules.map((module) => ({
		module,
		progress: deriveProgress(module, toFacts(rows.filter((row) => row.module === module.slug)))
	}));
}

/** Progress without the per-question detail, for pages that list units. */
export function summary(progress: ModuleProgress) {
	const { questions: _questions, ...rest } = progress;
	return rest;
}

export type ProgressSummary = ReturnType<typeof summary>;
