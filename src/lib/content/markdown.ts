import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { sanitize, sanitizeAll } from './sanitize.ts';

/** How inline references turn into links; set per module while rendering. */
export interface LinkResolver {
	/** Short label and URL of a cited source, or undefined when the id is unknown. */
	source(id: string): { label: string; href: string; title: string } | undefined;
	/** Label and URL of a glossary term, or undefined when the id is unknown. */
	term(id: string): { label: string; href: string } | undefined;
}

/** A citation as the checker finds it, as marked reads it: it may run across lines. */
export const citationPattern = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;
export const termPattern = /\[\[([a-z0-9-]+)(?:\|([^\]\n]+))?\]\]/g;

/** The ids in a citation like `[@a; @b]`. */
export function citationIds(inner: string): string[] {
	return inner.split(';').map((part) => part.trim().replace(/^@/, ''));
}

let links: LinkResolver | undefined;
/** Citation and glossary links of the render in progress, held back while the rest is sanitized. */
let slots: Slot[] | undefined;

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe to place in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

const citationAtStart = /^\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/;
const termAtStart = /^\[\[([a-z0-9-]+)(?:\|([^\]\n]+))?\]\]/;

// Marked offers every inline position to these tokenizers first, so they bail out cheaply.
const citation: TokenizerAndRendererExtension = {
	name: 'citation',
	level: 'inline',
	start: (src) => src.indexOf('[@'),
	tokenizer(src) {
		const match = src.startsWith('[@') ? citationAtStart.exec(src) : null;
		if (match) return { type: 'citation', raw: match[0], inner: match[1] };
	},
	renderer(token) {
		return slot(token.raw, () => {
			const parts = citationIds(token.inner as string).map((id) => {
				const source = links?.source(id);
				if (!source) return escapeHtml(id);
				return `<a href="${escapeHtml(source.href)}" title="${escapeHtml(source.title)}">${escapeHtml(source.label)}</a>`;
			});
			return `<span class="cite">[${parts.join('; ')}]</span>`;
		});
	}
};

const glossaryTerm: TokenizerAndRendererExtension = {
	name: 'term',
	level: 'inline',
	start: (src) => src.indexOf('[['),
	tokenizer(src) {
		const match = src.startsWith('[[') ? termAtStart.exec(src) : null;
		if (match) return { type: 'term', raw: match[0], id: match[1], text: match[2] };
	},
	renderer(token) {
		const term = links?.term(token.id as string);
		const text = () =>
			escapeHtml((token.text as string | undefined) ?? term?.label ?? (token.id as string));
		return term
			? slot(token.raw, () => `<a class="term" href="${escapeHtml(term.href)}">${text()}</a>`)
			: text();
	}
};

const languageAtStart = /^\[([^[\]\n]+)\]\{lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}/;

/** `[words]{lang=es}`: words in another language, so that a screen reader speaks them rightly. */
const language: TokenizerAndRendererExtension = {
	name: 'language',
	level: 'inline',
	start: (src) => src.indexOf('['),
	tokenizer(src) {
		const match = src.startsWith('[') ? languageAtStart.exec(src) : null;
		if (match)
			return {
				type: 'language',
				raw: match[0],
				lang: match[2],
				tokens: this.lexer.inlineTokens(match[1]!)
			};
	},
	renderer(token) {
		return `<span lang="${token.lang as string}">${this.parser.parseInline(token.tokens ?? [])}</span>`;
	}
};

/** The one configured Marked instance; it never ships to the browser. */
const marked = new Marked({
	gfm: true,
	async: false,
	extensions: [citation, glossaryTerm, language],
	renderer: {
		// Section titles are h2 on the page, so headings written in prose start at h3.
		heading({ tokens, depth }: Tokens.Heading) {
			const level = Math.min(6, Math.max(3, depth));
			return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
		},
		// Raw HTML in content is shown as text, never interpreted.
		html({ text }: Tokens.HTML | Tokens.Tag) {
			return escapeHtml(text);
		}
	}
});

/** Markdown to render: a block (paragraphs, lists) or inline text (a prompt, an option). */
export interface Markdown {
	text: string;
	inline: boolean;
}

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
	links = resolver;
	try {
		const out: string[] = [];
		const held: { index: number; html: string; slots: Slot[] }[] = [];
		texts.forEach((markdown, index) => {
			if (markdown.inline && isPlainInline(markdown.text)) {
				out[index] = escapeLikeMarked(markdown.text);
				return;
			}
			const rendered = renderWithSlots(markdown);
			if (!rendered) out[index] = renderAlone(markdown);
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
				fillSlots(clean[k]!, item.slots, linkHtml) ?? renderAlone(texts[item.index]!);
		});
		return out;
	} finally {
		links = undefined;
		slots = undefined;
	}
}

function parse({ text, inline }: Markdown): string {
	return inline ? marked.parseInline(text, { async: false }) : marked.parse(text, { async: false });
}

/** Marked's HTML with every link put in its own slot, unless a slot would not sit in text. */
function renderWithSlots(markdown: Markdown): { html: string; slots: Slot[] } | undefined {
	if (markdown.text.includes(slotOpen) || markdown.text.includes(slotClose)) return undefined;
	slots = [];
	try {
		const html = parse(markdown);
		return slotInsideTag.test(html) ? undefined : { html, slots };
	} finally {
		slots = undefined;
	}
}

/** The plain way, with the links in place and the result sanitized on its own. */
function renderAlone(markdown: Markdown): string {
	return sanitize(parse(markdown));
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

/*
 * Most of what the sanitizer would read is citation markup, and the same citations recur across a
 * module. So each citation or glossary link is rendered as a slot marker, the text around it is
 * sanitized, and the slot is filled with that link's own sanitized HTML, sanitized once per
 * module. The result is the same as sanitizing everything together because a link only ever sits
 * in text, where the sanitizer treats it the same wherever it is; when a marker lands anywhere
 * else (inside a tag, as in an image's alt text) the text is rendered and sanitized whole.
 */
const slotOpen = '\x02';
const slotClose = '\x03';
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const slotMarker = /\x02(\d+)\x03/g;
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose
const slotInsideTag = /<[^>]*\x02/;

/** A link held back from sanitizing: `key` (its markdown) always renders to the same `html`. */
interface Slot {
	key: string;
	html: () => string;
}

/**
 * Sanitized link HTML by key, per resolver (one per module, answering the same for the same id
 * throughout): a source is cited many times in the same words.
 */
const linkCache = new WeakMap<LinkResolver, Map<string, string>>();

function slot(key: string, html: () => string): string {
	if (!slots) return html();
	slots.push({ key, html });
	return `${slotOpen}${slots.length - 1}${slotClose}`;
}

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
