import { requireModule, moduleStub } from '$lib/server/content';
import { markupOnly } from '$lib/server/markup';

export async function load({ params }) {
	const module = requireModule(params.module);
	return {
		module: moduleStub(module),
		overviewHtml: markupOnly(module.overviewHtml),
		objectives: module.objectives,
		dimensions: module.dimensions.map((d) => ({ slug: d.slug, title: d.title }))
	};
}
