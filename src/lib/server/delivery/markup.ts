import { randomBytes } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';

/*
 * HTML that a page shows but never changes in the browser (prose, references, glossary
 * definitions) is sent once. On a full page load, the page's data carries a short marker in its
 * place, which the server swaps for the HTML after rendering: the HTML is in the markup, and not
 * a second time in the data the page hydrates from (where it would double the page's weight). On
 * a client-side navigation there is no markup, and the data carries the HTML itself.
 */

// Random per process, so that nothing a reader sends can pose as a marker (and Svelte escapes
// any "<" of theirs anyway).
const marker = `parallels-markup-${randomBytes(6).toString('hex')}`;
const markers = new RegExp(`<!--${marker}:(\\d+)-->`, 'g');

/** `html` as it should travel in a page's data: the HTML itself, or a marker for it. */
export function markupOnly(html: string): string {
	const event = getRequestEvent();
	if (event.isDataRequest) return html;
	const kept = (event.locals.markup ??= []);
	kept.push(html);
	return `<!--${marker}:${kept.length - 1}-->`;
}

/** The rendered page with every marker replaced by its HTML (see hooks.server.ts). */
export function fillMarkup(event: RequestEvent, page: string): string {
	const kept = event.locals.markup;
	return kept ? page.replace(markers, (_, i: string) => kept[Number(i)] ?? '') : page;
}
