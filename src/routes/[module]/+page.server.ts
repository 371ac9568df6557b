import { moduleStub, requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { markupOnly } from '$lib/server/delivery/markup';

export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	return {
		module: moduleStub(module),
		overviewHtml: markupOnly(module.overviewHtml),
		objectives: module.objectives,
		dimensions: module.dimensions.map((d) => ({ slug: d.slug, title: d.title }))
	};
}
