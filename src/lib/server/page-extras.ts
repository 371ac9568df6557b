import { escapeHtml } from '$lib/content/markdown';
import type { Module } from '$lib/content/types';

/*
 * What a case or the comparison adds below its prose, as HTML made on the server: the full
 * references of the sources it cites, and the definitions for its glossary popovers.
 */

/** Ids of the glossary terms that rendered HTML links to. */
export function termsIn(html: string): string[] {
	return [
		...new Set([...html.matchAll(/class="term" href="[^"#]*#([a-z0-9-]+)"/g)].map((m) => m[1]!))
	];
}

/**
 * The definitions of the glossary terms that a page's HTML links to, for its popovers: an inert
 * `<template>` that GlossaryPopover.svelte reads from.
 */
export function glossaryHtml(module: Module, htmls: string[]): string {
	const wanted = new Set(htmls.flatMap(termsIn));
	const entries = module.glossary
		.filter((term) => wanted.has(term.id))
		.map(
			(term) =>
				`<div data-term="${term.id}" data-title="${escapeHtml(term.term)}">${term.definitionHtml}</div>`
		);
	return `<template id="glossary-definitions">${entries.join('')}</template>`;
}

/** The full references of the sources that a page's HTML cites: the key to its citations. */
export function referencesHtml(module: Module, htmls: string[]): string {
	const cited = new Set(
		htmls.flatMap((html) =>
			[...html.matchAll(/href="[^"#]*\/sources#([a-z0-9-]+)"/g)].map((m) => m[1]!)
		)
	);
	const items = module.sources
		.filter((source) => cited.has(source.id))
		.sort((a, b) => a.label.localeCompare(b.label))
		.map(
			(source) =>
				`<li><strong>[${escapeHtml(source.label)}]</strong> ` +
				(source.author ? `${escapeHtml(source.author)}. ` : '') +
				`<a href="/${module.slug}/sources#${source.id}"><cite>${escapeHtml(source.title)}</cite></a>. ` +
				escapeHtml(source.publisher) +
				(source.date ? `, ${escapeHtml(source.date)}` : '') +
				(source.pages ? `, ${escapeHtml(source.pages)}` : '') +
				'.' +
				(source.url ? ` <span class="url">${escapeHtml(source.url)}</span>` : '') +
				'</li>'
		);
	if (items.length === 0) return '';
	return (
		'<section class="references" aria-labelledby="references-heading">' +
		'<h2 id="references-heading">Sources cited on this page</h2>' +
		`<ul>${items.join('')}</ul></section>`
	);
}

const pageExtras = new WeakMap<object, { termsHtml: string; referencesHtml: string }>();

/**
 * The glossary definitions and full references a page needs, as HTML, worked out once per page
 * (`key` is the case, or the module's dimensions) from the HTML it shows, never per request.
 */
export function pageExtrasFor(module: Module, key: object, htmls: () => string[]) {
	let extras = pageExtras.get(key);
	if (!extras) {
		const all = htmls();
		extras = { termsHtml: glossaryHtml(module, all), referencesHtml: referencesHtml(module, all) };
		pageExtras.set(key, extras);
	}
	return extras;
}
