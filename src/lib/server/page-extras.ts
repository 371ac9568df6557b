import { escapeHtml } from '$lib/content/markdown';
import type { Module, Refs } from '$lib/content/types';
import { urls } from '$lib/content/urls';
import { m } from '$lib/i18n';

/*
 * What a case or the comparison adds below its prose, as HTML made on the server from the ids the
 * compiler found in its prose: the full references of the sources it cites, and the definitions
 * for its glossary popovers.
 */

export interface PageExtras {
	/** An inert `<template>` of definitions that GlossaryPopover.svelte reads from. */
	termsHtml: string;
	/** "Sources cited on this page", or nothing when it cites none. */
	referencesHtml: string;
}

export function pageExtras(module: Module, refs: Refs[]): PageExtras {
	return {
		termsHtml: glossaryHtml(module, new Set(refs.flatMap((r) => r.terms))),
		referencesHtml: referencesHtml(module, new Set(refs.flatMap((r) => r.sources)))
	};
}

export function glossaryHtml(module: Module, terms: ReadonlySet<string>): string {
	const entries = module.glossary
		.filter((term) => terms.has(term.id))
		.map(
			(term) =>
				`<div data-term="${term.id}" data-title="${escapeHtml(term.term)}">${term.definitionHtml}</div>`
		);
	return `<template id="glossary-definitions">${entries.join('')}</template>`;
}

export function referencesHtml(module: Module, cited: ReadonlySet<string>): string {
	const items = module.sources
		.filter((source) => cited.has(source.id))
		.sort((a, b) => a.label.localeCompare(b.label))
		.map(
			(source) =>
				`<li><strong>[${escapeHtml(source.label)}]</strong> ` +
				(source.author ? `${escapeHtml(source.author)}. ` : '') +
				`<a href="${urls.source(module.slug, source.id)}"><cite>${escapeHtml(source.title)}</cite></a>. ` +
				escapeHtml(source.publisher) +
				(source.date ? `, ${escapeHtml(source.date)}` : '') +
				(source.pages ? `, ${escapeHtml(source.pages)}` : '') +
				'.' +
				(source.url ? ` <span class="url">${escapeHtml(source.url)}</span>` : '') +
				(source.marks?.length
					? ` <span class="source-mark">${escapeHtml(m.sources.marked(source.marks))}</span>`
					: '') +
				'</li>'
		);
	if (items.length === 0) return '';
	return (
		'<section class="references" aria-labelledby="references-heading">' +
		`<h2 id="references-heading">${escapeHtml(m.references.heading)}</h2>` +
		`<p class="print-only">${escapeHtml(m.references.onPaper(urls.sources(module.slug)))}</p>` +
		`<ul>${items.join('')}</ul></section>`
	);
}
