import { requireModule } from '$lib/server/content';

export function load({ params }) {
	const module = requireModule(params.module);
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		sources: [...module.sources].sort((a, b) => a.id.localeCompare(b.id))
	};
}
