import type { Module, Source } from '$lib/content/types';
import { sourceMarks } from '$lib/content/schema';

/** Where each source is cited: the slugs of the cases and lessons, and `compare`. */
function citedIn(module: Module): Map<string, Set<string>> {
	const places = new Map<string, Set<string>>();
	const add = (ids: string[], place: string) => {
		for (const id of ids) places.set(id, (places.get(id) ?? new Set()).add(place));
	};
	for (const c of module.cases) {
		add(c.introRefs.sources, c.slug);
		for (const s of c.sections) {
			add(s.refs.sources, c.slug);
			for (const q of s.questions) add(q.sources, c.slug);
		}
	}
	for (const d of module.dimensions) {
		add(d.refs.sources, 'compare');
		for (const q of d.questions) add(q.sources, 'compare');
	}
	for (const event of module.timeline) add(event.sources, event.case);
	return places;
}

const cited = new WeakMap<Module, Map<string, Set<string>>>();

/** Folded for a search: case, accents and punctuation ignored. */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export interface SourceFilter {
	/** Words that must all appear in the label, title, author, publisher or note. */
	query: string;
	/** A case or lesson slug, or `compare`; empty for any. */
	part: string;
	/** A mark, `none` for sources with none, or empty for any. */
	mark: string;
}

/**
 * The sources page: every source in the order a reader sees them (by label), each with where it
 * is cited, narrowed by the filter in the URL (a GET form, so it works without JavaScript).
 */
export function sourcesPage(module: Module, params: URLSearchParams) {
	if (!cited.has(module)) cited.set(module, citedIn(module));
	const places = cited.get(module)!;
	const filter: SourceFilter = {
		query: (params.get('q') ?? '').slice(0, 100),
		part: params.get('part') ?? '',
		mark: params.get('mark') ?? ''
	};
	const words = fold(filter.query).split(/\s+/).filter(Boolean);
	const matches = (source: Source) => {
		const text = fold(
			[source.label, source.title, source.author, source.publisher, source.note].join(' ')
		);
		return (
			words.every((word) => text.includes(word)) &&
			(!filter.part || places.get(source.id)?.has(filter.part)) &&
			(!filter.mark ||
				(filter.mark === 'none'
					? !source.marks?.length
					: source.marks?.includes(filter.mark as (typeof sourceMarks)[number])))
		);
	};
	const all = [...module.sources].sort((a, b) =>
		a.label.localeCompare(b.label, 'en', { sensitivity: 'base', numeric: true })
	);
	return {
		filter,
		total: all.length,
		parts: [
			...module.cases.map((c) => ({ value: c.slug, label: c.shortTitle })),
			{ value: 'compare', label: '' }
		],
		marks: [...sourceMarks],
		sources: all.filter(matches).map((source) => ({
			...source,
			citedIn: [...(places.get(source.id) ?? [])]
		}))
	};
}
