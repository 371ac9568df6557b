import { requireModule } from '$lib/server/content';
import { markupOnly } from '$lib/server/markup';

export function load({ params }) {
	const module = requireModule(params.module);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		terms: [...module.glossary]
			.sort((a, b) => a.term.localeCompare(b.term))
			.map((term) => ({ ...term, definitionHtml: markupOnly(term.definitionHtml) }))
	};
}
