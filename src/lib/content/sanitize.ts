import sanitizeHtml from 'sanitize-html';

const options: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'a',
		'em',
		'strong',
		'b',
		'i',
		'ul',
		'ol',
		'li',
		'blockquote',
		'h3',
		'h4',
		'h5',
		'h6',
		'code',
		'pre',
		'sup',
		'sub',
		'span',
		'br',
		'hr',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'abbr',
		'cite',
		'q',
		'del',
		'figure',
		'figcaption'
	],
	allowedAttributes: {
		a: ['href', 'class', 'title'],
		span: ['class', 'lang'],
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
	return sanitizeHtml(html, options);
}

/**
 * Every one of `htmls` sanitized (even those without a tag), as if one by one. The sanitizer
 * costs far more per call than per character, so pieces are joined into one call where that
 * cannot change the result: each must close every tag it opens, so that the sanitizer is back
 * where it started when the next one begins. The others, and all of them if the result does not
 * split back into as many pieces, are sanitized alone.
 */
export function sanitizeAll(htmls: readonly string[]): string[] {
	const canJoin = htmls.map(joinable);
	const joined = htmls.filter((_, i) => canJoin[i]);
	const parts =
		joined.length > 1 ? sanitizeHtml(joined.join(separator), options).split(separator) : [];
	let next = 0;
	return htmls.map((html, i) =>
		canJoin[i] && parts.length === joined.length ? parts[next++]! : sanitizeHtml(html, options)
	);
}

const separator = '\x04';

/** Elements that marked and the link extensions write; anything else is sanitized alone. */
const containers = new Set([
	'p',
	'a',
	'span',
	'em',
	'strong',
	'del',
	'code',
	'pre',
	'blockquote',
	'ul',
	'ol',
	'li',
	'h3',
	'h4',
	'h5',
	'h6',
	'table',
	'thead',
	'tbody',
	'tr',
	'th',
	'td'
]);
const voids = new Set(['br', 'hr', 'img', 'input']);
/** A tag whose attributes are all `name="value"` with nothing in a value to misread, or a lone `<`. */
const tagOrBracket = /<(\/?)([a-z][a-z0-9]*)(?:\s+[a-z][a-z-]*="[^"<>]*")*>|</g;

function joinable(html: string): boolean {
	if (html.includes(separator)) return false;
	const open: string[] = [];
	for (const [, closing, name] of html.matchAll(tagOrBracket)) {
		if (name === undefined) return false;
		if (voids.has(name) && !closing) continue;
		if (!containers.has(name)) return false;
		if (!closing) open.push(name);
		else if (open.pop() !== name) return false;
	}
	return open.length === 0;
}
