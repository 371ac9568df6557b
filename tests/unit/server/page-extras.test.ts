import { expect, test } from 'vitest';
import { glossaryHtml, referencesHtml } from '$lib/server/page-extras';
import { miniModule } from '../helpers';

const module = miniModule();
const [source, other] = module.sources;
const cite = (id: string) => `<a href="/${module.slug}/sources#${id}">x</a>`;

test('references list only the sources the HTML cites, linked to the sources page', () => {
	const html = referencesHtml(module, [`<p>${cite(source!.id)}</p>`]);
	expect(html).toContain(`href="/${module.slug}/sources#${source!.id}"`);
	expect(html).toContain('Sources cited on this page');
	expect(html).not.toContain(`sources#${other!.id}"`);
	expect(referencesHtml(module, ['<p>nothing cited</p>'])).toBe('');
});

test('text from the bibliography is escaped, never read as markup', () => {
	const hostile = {
		...module,
		sources: [
			{
				...source!,
				title: '<img src=x onerror=alert(1)> & "quoted"',
				publisher: '</li><script>alert(1)</script>',
				url: 'https://example.org/?a=1&b="2"'
			}
		]
	};
	const html = referencesHtml(hostile, [cite(source!.id)]);
	expect(html).not.toMatch(/<img|<script|<\/li><s/);
	expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;');
	expect(html).toContain('https://example.org/?a=1&amp;b=&quot;2&quot;');
});

test('the glossary template holds the definitions of the terms linked to, and only those', () => {
	const [term, unused] = module.glossary;
	const html = glossaryHtml(module, [
		`<a class="term" href="/${module.slug}/glossary#${term!.id}">t</a>`
	]);
	expect(html).toMatch(/^<template id="glossary-definitions">.*<\/template>$/s);
	expect(html).toContain(`data-term="${term!.id}"`);
	expect(html).toContain(term!.definitionHtml);
	if (unused) expect(html).not.toContain(`data-term="${unused.id}"`);
});
