import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/content';

export function load({ params }) {
	const module = findModule(params.module);
	if (!module) error(404, `There is no module called "${params.module}".`);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		sources: [...module.sources].sort((a, b) => a.id.localeCompare(b.id))
	};
}
