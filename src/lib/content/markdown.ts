import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';

/** How inline references turn into links; set per module while rendering. */
export interface LinkResolver {
	/** Short label and URL of a cited source, or undefined when the id is unknown. */
	source(
		id: string
	):
		| { label: string; href: string; title: string; /** e.g. "(state media)" */ mark: string }
		| undefined;
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

// The render in progress: its links, and (when rendering in a batch) where to hold them back.
let links: LinkResolver | undefined;
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

const decoded = Object.fromEntries(Object.entries(entities).map(([c, entity]) => [entity, c]));

/** The text of rendered inline HTML, for a place that shows text only (a table, an export). */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&amp;|&lt;|&gt;|&quot;|&#39;/g, (entity) => decoded[entity]!)
		.trim();
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
		// The link may be rendered after this parse has ended (render.ts): keep its resolver.
		const resolver = links;
		return slot(token.raw, () => {
			const parts = citationIds(token.inner as string).map((id) => {
				const source = resolver?.source(id);
				if (!source) return escapeHtml(id);
				const link = `<a href="${escapeHtml(source.href)}" title="${escapeHtml(source.title)}">${escapeHtml(source.label)}</a>`;
				// A weak, partisan or official source says so where it is cited, not only in the list.
				return source.mark
					? `${link} <span class="source-mark">${escapeHtml(source.mark)}</span>`
					: link;
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

/** A link held back from sanitizing: `key` (its markdown) always renders to the same `html`. */
export interface Slot {
	key: string;
	html: () => string;
}

export const slotOpen = '\x02';
export const slotClose = '\x03';

function slot(key: string, html: () => string): string {
	if (!slots) return html();
	slots.push({ key, html });
	return `${slotOpen}${slots.length - 1}${slotClose}`;
}

/**
 * Marked's HTML for `markdown`, its references linked by `resolver`; unsanitized. With `held`,
 * each citation and glossary link is left as a numbered marker and pushed there instead.
 */
export function parse(markdown: Markdown, resolver: LinkResolver, held?: Slot[]): string {
	links = resolver;
	slots = held;
	try {
		return markdown.inline
			? marked.parseInline(markdown.text, { async: false })
			: marked.parse(markdown.text, { async: false });
	} finally {
		links = undefined;
		slots = undefined;
	}
}
