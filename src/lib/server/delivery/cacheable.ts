import type { RequestEvent } from '@sveltejs/kit';

/**
 * How a page may be kept and served again by the page cache (see hooks.server.ts):
 * - `shared`: its HTML depends on nothing but the content: one copy serves every reader;
 * - `per-learner`: it depends on the content and on the reader's answers, and nothing else (not
 *   the clock, not the query string): one copy per state of a learner's answers.
 * A page that declares nothing is rendered for every request.
 */
export type CachePolicy = 'shared' | 'per-learner';

/** Declares, from the load of the page it is called in, how that page may be cached. */
export function cachePage(event: Pick<RequestEvent, 'locals'>, policy: CachePolicy): void {
	event.locals.cache = policy;
}
