import { requireModule } from '$lib/server/content';

export function load({ params }) {
	const module = requireModule(params.module);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		terms: [...module.glossary].sort((a, b) => a.term.localeCompare(b.term))
	};
}
