import type { Module } from '$lib/content/types';
import { heldQuestions } from './assignments';
import { content } from './content';
import { getDb, heldTests, type HeldTest } from './db';

/** The questions of one module whose results are held, each with the date they come out after. */
export type Held = Map<string, { until?: string }>;

/** Today as due dates are written (YYYY-MM-DD, UTC). */
export function today(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/**
 * What the tests set in a learner's open classes hold back from them, module by module: until a
 * test's due date has passed or its teacher releases it, its questions show no result, no key
 * and no explanation, and count towards no mastery or review (the teacher sees them all).
 * `known`: the tests as already read for this request (`locals.learner.held`).
 */
export async function heldFor(
	learnerId: string | undefined,
	now = new Date(),
	known?: HeldTest[]
): Promise<Map<string, Held>> {
	const byModule = new Map<string, Held>();
	if (!learnerId) return byModule;
	const tests = known ?? (await heldTests(await getDb(), learnerId, today(now)));
	const sets = tests.map((set) => ({
		...set,
		test: true
	}));
	if (!sets.length) return byModule;
	for (const module of content.modules) {
		const held = heldQuestions(module, sets, today(now));
		if (held.size) byModule.set(module.slug, held);
	}
	return byModule;
}

/** What a learner's tests hold back in one module. */
export async function heldIn(
	learnerId: string | undefined,
	module: Module,
	known?: HeldTest[]
): Promise<Held> {
	return (await heldFor(learnerId, new Date(), known)).get(module.slug) ?? new Map();
}
