import { requireModule } from '$lib/server/content';

// A page to read and link into, with nothing to hydrate: no client JavaScript at all.
export const csr = false;

export function load({ params }) {
	const module = requireModule(params.module);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		terms: [...module.glossary].sort((a, b) => a.term.localeCompare(b.term))
	};
}
