import { expect, test } from 'vitest';
import { glossaryHtml, pageExtras, referencesHtml } from '$lib/server/page-extras';
import { miniModule } from '../helpers';

const module = miniModule();
const [source, other] = module.sources;

test('references list only the sources the page cites, linked to the sources page', () => {
	const html = referencesHtml(module, new Set([source!.id]));
	expect(html).toContain(`href="/${module.slug}/sources#${source!.id}"`);
	expect(html).toContain('Sources cited on this page');
	expect(html).not.toContain(`sources#${other!.id}"`);
	expect(referencesHtml(module, new Set())).toBe('');
});

test('a case page gathers what its intro and every section cite', () => {
	const alpha = module.cases[0]!;
	const extras = pageExtras(module, [alpha.introRefs, ...alpha.sections.map((s) => s.refs)]);
	const cited = [alpha.introRefs, ...alpha.sections.map((s) => s.refs)].flatMap((r) => r.sources);
	expect(cited.length).toBeGreaterThan(0);
	for (const id of cited) expect(extras.referencesHtml).toContain(`sources#${id}"`);
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
	const html = referencesHtml(hostile, new Set([source!.id]));
	expect(html).not.toMatch(/<img|<script|<\/li><s/);
	expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;');
	expect(html).toContain('https://example.org/?a=1&amp;b=&quot;2&quot;');
});

test('the glossary template holds the definitions of the terms linked to, and only those', () => {
	const [term, unused] = module.glossary;
	expect(unused).toBeDefined();
	const html = glossaryHtml(module, new Set([term!.id]));
	expect(html).toMatch(/^<template id="glossary-definitions">.*<\/template>$/s);
	expect(html).toContain(`data-term="${term!.id}"`);
	expect(html).toContain(term!.definitionHtml);
	expect(html).not.toContain(`data-term="${unused!.id}"`);
});
