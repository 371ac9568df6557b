import { requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';

// A page to read and link into, with nothing to hydrate: no client JavaScript at all.
export const csr = false;

export function load(event) {
	cachePage(event, 'shared');
	const module = requireModule(event.params.module);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		terms: [...module.glossary].sort((a, b) => a.term.localeCompare(b.term))
	};
}
