import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** How inline references turn into links; set per module while rendering. */
export interface LinkResolver {
	/** Short label and URL of a cited source, or undefined when the id is unknown. */
	source(id: string): { label: string; href: string; title: string } | undefined;
	/** Label and URL of a glossary term, or undefined when the id is unknown. */
	term(id: string): { label: string; href: string } | undefined;
}

export const citationPattern = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;
export const termPattern = /\[\[([a-z0-9-]+)(?:\|([^\]\n]+))?\]\]/g;

/** The ids in a citation like `[@a; @b]`. */
export function citationIds(inner: string): string[] {
	return inner.split(';').map((part) => part.trim().replace(/^@/, ''));
}

let links: LinkResolver | undefined;

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const citation: TokenizerAndRendererExtension = {
	name: 'citation',
	level: 'inline',
	start: (src) => src.indexOf('[@'),
	tokenizer(src) {
		const match = /^\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/.exec(src);
		if (match) return { type: 'citation', raw: match[0], ids: citationIds(match[1]!) };
	},
	renderer(token) {
		const parts = (token.ids as string[]).map((id) => {
			const source = links?.source(id);
			if (!source) return escape(id);
			return `<a href="${escape(source.href)}" title="${escape(source.title)}">${escape(source.label)}</a>`;
		});
		return `<span class="cite">[${parts.join('; ')}]</span>`;
	}
};

const glossaryTerm: TokenizerAndRendererExtension = {
	name: 'term',
	level: 'inline',
	start: (src) => src.indexOf('[['),
	tokenizer(src) {
		const match = /^\[\[([a-z0-9-]+)(?:\|([^\]\n]+))?\]\]/.exec(src);
		if (match) return { type: 'term', raw: match[0], id: match[1], text: match[2] };
	},
	renderer(token) {
		const term = links?.term(token.id as string);
		const text = escape((token.text as string | undefined) ?? term?.label ?? (token.id as string));
		return term ? `<a class="term" href="${escape(term.href)}">${text}</a>` : text;
	}
};

/** The one configured Marked instance; it never ships to the browser. */
const marked = new Marked({
	gfm: true,
	async: false,
	extensions: [citation, glossaryTerm],
	renderer: {
		// Section titles are h2 on the page, so headings written in prose start at h3.
		heading({ tokens, depth }: Tokens.Heading) {
			const level = Math.min(6, Math.max(3, depth));
			return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
		},
		// Raw HTML in content is shown as text, never interpreted.
		html({ text }: Tokens.HTML | Tokens.Tag) {
			return escape(text);
		}
	}
});

const sanitizeOptions: sanitizeHtml.IOptions = {
	allowedTags: [
		'p', 'a', 'em', 'strong', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'h3', 'h4', 'h5', 'h6',
		'code', 'pre', 'sup', 'sub', 'span', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
		'abbr', 'cite', 'q', 'del', 'figure', 'figcaption'
	],
	allowedAttributes: {
		a: ['href', 'class', 'title'],
		span: ['class'],
		abbr: ['title'],
		th: ['scope', 'colspan', 'rowspan', 'align'],
		td: ['colspan', 'rowspan', 'align'],
		ol: ['start']
	},
	allowedSchemes: ['http', 'https', 'mailto'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'escape'
};

/** Sanitizes after rendering, so nothing an author writes can run script in a learner's browser. */
export function sanitize(html: string): string {
	// Text with no tag at all has nothing to clean (marked has already escaped < and &).
	if (!html.includes('<')) return html;
	return sanitizeHtml(html, sanitizeOptions);
}

export function renderBlock(markdown: string, resolver: LinkResolver): string {
	links = resolver;
	try {
		return sanitize(marked.parse(markdown, { async: false }));
	} finally {
		links = undefined;
	}
}

export function renderInline(markdown: string, resolver: LinkResolver): string {
	links = resolver;
	try {
		return sanitize(marked.parseInline(markdown, { async: false }));
	} finally {
		links = undefined;
	}
}
