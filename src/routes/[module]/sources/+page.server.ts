import { requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { sourcesPage } from '$lib/server/sources-page';

// A page to read and link into, with nothing to hydrate: no client JavaScript at all.
export const csr = false;

export function load(event) {
	// With no filter in the URL the page is the same for everyone; with one it is never kept.
	cachePage(event, 'shared');
	const module = requireModule(event.params.module);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		cases: module.cases.map((c) => ({ slug: c.slug, shortTitle: c.shortTitle })),
		...sourcesPage(module, event.url.searchParams)
	};
}
