import type { Source } from '$lib/content/types';

type SourceMark = NonNullable<Source['marks']>[number];

/* The sources and the glossary pages. */

/** The bibliography of a module. */
export const sources = {
	description: 'Every source the module cites, with publisher, date and link.',
	intro:
		'Every claim in this module cites one or more of these sources. A note says when a source speaks for a government, a party to the events, or repeats another reference work.',
	/** In place of the date of a source that has none. */
	noDate: 'no date',
	/** What the content says about a source, shown in brackets after it. */
	marks: {
		weak: 'weak source',
		'wikipedia-derived': 'copies Wikipedia',
		partisan: 'partisan',
		official: 'official',
		'state-media': 'state media'
	} satisfies Record<SourceMark, string>,
	/** The marks of a source in a citation or a list, e.g. "(state media)". */
	marked: (marks: SourceMark[]) =>
		marks.length ? `(${marks.map((mark) => sources.marks[mark]).join(', ')})` : '',
	/** The filter above the list, which works without JavaScript. */
	filter: {
		legend: 'Find a source',
		query: 'Words in its name, title or publisher',
		part: 'Cited in',
		anyPart: 'any part',
		mark: 'Kind',
		anyMark: 'any kind',
		unmarked: 'no mark',
		apply: 'Show',
		clear: 'Show all',
		showing: (shown: number, all: number) =>
			shown === all ? `All ${all} sources.` : `${shown} of ${all} sources.`
	},
	/** Where a source is cited, after the entry. */
	citedIn: 'Cited in:',
	comparison: 'the comparison'
};

/** The terms of a module. */
export const glossary = {
	description: 'The terms this module uses, defined in plain words.'
};
