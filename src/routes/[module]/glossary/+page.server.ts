import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/content';

export function load({ params }) {
	const module = findModule(params.module);
	if (!module) error(404, `There is no module called "${params.module}".`);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		terms: [...module.glossary].sort((a, b) => a.term.localeCompare(b.term))
	};
}
