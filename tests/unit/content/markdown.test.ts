import { describe, expect, test } from 'vitest';
import { escapeHtml, plainText, type LinkResolver } from '$lib/content/markdown';
import { renderBlock, renderInline } from '$lib/content/render';

const links: LinkResolver = {
	source: (id) =>
		id === 'weak'
			? { label: 'Blog 2022', href: '/m/sources#weak', title: 'A blog', mark: '(weak source)' }
			: id === 'known'
				? { label: 'Press 2022', href: '/m/sources#known', title: 'Known "title"', mark: '' }
				: undefined,
	term: (id) => (id === 'csto' ? { label: 'CSTO', href: '/m/glossary#csto' } : undefined)
};

describe('markdown rendering', () => {
	test('a citation with several ids links each', () => {
		const html = renderInline('Claim [@known; @known].', links);
		expect(html.match(/href="\/m\/sources#known"/g)).toHaveLength(2);
		expect(html).toContain('title="Known &quot;title&quot;"');
	});

	test('a citation of a weak or partisan source says so beside it', () => {
		expect(renderInline('Claim [@weak; @known].', links)).toContain(
			'>Blog 2022</a> <span class="source-mark">(weak source)</span>; <a'
		);
	});

	test('a glossary link shows the term or the given words', () => {
		expect(renderInline('[[csto]]', links)).toBe(
			'<a class="term" href="/m/glossary#csto">CSTO</a>'
		);
		expect(renderInline('[[csto|the alliance]]', links)).toContain('>the alliance</a>');
	});

	test('words in another language carry it, for screen readers', () => {
		expect(renderInline('He said [*¡Quieto* todo el mundo!]{lang=es} at 18:23.', links)).toBe(
			'He said <span lang="es"><em>¡Quieto</em> todo el mundo!</span> at 18:23.'
		);
		expect(renderBlock('[Shal, ket!]{lang=kk} and [[csto]]', links)).toContain(
			'<span lang="kk">Shal, ket!</span> and <a class="term"'
		);
		expect(renderInline('[not a language]{lang=Spanish!}', links)).not.toContain('<span');
	});

	test('headings in prose start at h3 so the page outline holds', () => {
		expect(renderBlock('# Big\n\n## Smaller', links)).toBe('<h3>Big</h3>\n<h3>Smaller</h3>\n');
	});

	test('script tags, event handlers and raw HTML are shown as text, never run', () => {
		const html = renderBlock(
			'<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> and <b onclick="x()">b</b>',
			links
		);
		// every tag arrives escaped, so its attributes are inert text
		expect(html).not.toMatch(/<(script|img|b)[\s>]/i);
		expect(html).toContain('&lt;script&gt;');
	});

	test('javascript: links lose their href', () => {
		const html = renderBlock('[click](javascript:alert(1)) and [ok](https://example.org)', links);
		expect(html).not.toContain('javascript:');
		expect(html).toContain('href="https://example.org"');
	});
});

test('text escaped for HTML, then rendered, reads back as the same text', () => {
	const text = `Tokayev's "shoot without warning" <order> & its critics`;
	expect(plainText(`<em>${escapeHtml(text)}</em>`)).toBe(text);
	expect(plainText('<a href="/x">A <strong>link</strong></a> ')).toBe('A link');
});
