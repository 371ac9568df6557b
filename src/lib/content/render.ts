import {
	parse,
	slotClose,
	slotOpen,
	type LinkResolver,
	type Markdown,
	type Slot
} from './markdown.ts';
import { sanitize, sanitizeAll } from './sanitize.ts';

/*
 * Rendering and sanitizing, one text or many at once. Most of what the sanitizer would read is
 * citation markup, and the same citations recur across a module. So each citation or glossary
 * link is rendered as a slot marker, the text around it is sanitized, and the slot is filled with
 * that link's own sanitized HTML, sanitized once per module. The result is the same as
 * sanitizing everything together because a link only ever sits in text, where the sanitizer
 * treats it the same wherever it is; when a marker lands anywhere else (inside a tag, as in an
 * image's alt text) the text is rendered and sanitized whole. A property test
 * (tests/unit/content/render.test.ts) holds the two ways to the same output.
 */

export type { Markdown };

export function renderBlock(markdown: string, resolver: LinkResolver): string {
	return renderAll([{ text: markdown, inline: false }], resolver)[0]!;
}

export function renderInline(markdown: string, resolver: LinkResolver): string {
	return renderAll([{ text: markdown, inline: true }], resolver)[0]!;
}

/** `renderBlock` for each of `texts`, rendered together. */
export function renderBlocks(texts: readonly string[], resolver: LinkResolver): string[] {
	return renderAll(
		texts.map((text) => ({ text, inline: false })),
		resolver
	);
}

/** Renders and sanitizes each text; rendering many at once saves most of the sanitizer's cost. */
export function renderAll(texts: readonly Markdown[], resolver: LinkResolver): string[] {
	const out: string[] = [];
	const held: { index: number; html: string; slots: Slot[] }[] = [];
	texts.forEach((markdown, index) => {
		if (markdown.inline && isPlainInline(markdown.text)) {
			out[index] = escapeLikeMarked(markdown.text);
			return;
		}
		const rendered = renderWithSlots(markdown, resolver);
		if (!rendered) out[index] = renderAlone(markdown, resolver);
		else if (rendered.slots.length === 0 && !rendered.html.includes('<'))
			out[index] = rendered.html;
		else held.push({ index, ...rendered });
	});
	const clean = sanitizeAll(held.map((item) => item.html));
	const linkHtml = sanitizedLinks(
		held.flatMap((item) => item.slots),
		resolver
	);
	held.forEach((item, k) => {
		out[item.index] =
			fillSlots(clean[k]!, item.slots, linkHtml) ?? renderAlone(texts[item.index]!, resolver);
	});
	return out;
}

/** The plain way, with the links in place and the result sanitized on its own. */
export function renderAlone(markdown: Markdown, resolver: LinkResolver): string {
	return sanitize(parse(markdown, resolver));
}

/** Marked's HTML with every link put in its own slot, unless a slot would not sit in text. */
function renderWithSlots(markdown: Markdown, resolver: LinkResolver) {
	if (markdown.text.includes(slotOpen) || markdown.text.includes(slotClose)) return undefined;
	const slots: Slot[] = [];
	const html = parse(markdown, resolver, slots);
	return slotInsideTag.test(html) ? undefined : { html, slots };
}

/**
 * Most inline texts (options, feedback, list items) are plain words, which marked would only
 * escape and the sanitizer would pass untouched: no markup, reference, link, URL or address can
 * start without one of these characters.
 */
function isPlainInline(markdown: string): boolean {
	// eslint-disable-next-line no-control-regex -- control characters are what it looks for
	return !/[\x00-\x1f\x7f\\`*_~[\]<>&!@:]|www\./i.test(markdown);
}

/** What marked makes of plain text: its escaping differs from `escapeHtml` for quotes. */
function escapeLikeMarked(text: string): string {
	return text.replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const slotMarker = /\x02(\d+)\x03/g;
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const slotInsideTag = /<[^>]*\x02/;

/**
 * Sanitized link HTML by key, per resolver (one per module, answering the same for the same id
 * throughout): a source is cited many times in the same words.
 */
const linkCache = new WeakMap<LinkResolver, Map<string, string>>();

function sanitizedLinks(placed: readonly Slot[], resolver: LinkResolver): Map<string, string> {
	let cache = linkCache.get(resolver);
	if (!cache) linkCache.set(resolver, (cache = new Map()));
	const missing = new Map<string, string>();
	for (const link of placed)
		if (!cache.has(link.key) && !missing.has(link.key)) missing.set(link.key, link.html());
	const clean = sanitizeAll([...missing.values()]);
	[...missing.keys()].forEach((key, i) => cache.set(key, clean[i]!));
	return cache;
}

/** `clean` with its slots filled, or undefined when its markers are not the ones placed. */
function fillSlots(
	clean: string,
	placed: readonly Slot[],
	linkHtml: ReadonlyMap<string, string>
): string | undefined {
	// The sanitizer keeps text in order, so the markers come back numbered 0, 1, 2, ...
	let next = 0;
	let inOrder = true;
	const out = clean.replace(slotMarker, (marker, index: string) => {
		inOrder &&= Number(index) === next && next < placed.length;
		return inOrder ? linkHtml.get(placed[next++]!.key)! : marker;
	});
	return inOrder && next === placed.length ? out : undefined;
}
