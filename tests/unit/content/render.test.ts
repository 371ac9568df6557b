import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { LinkResolver } from '$lib/content/markdown';
import { renderAll, renderAlone } from '$lib/content/render';

const links: LinkResolver = {
	source: (id) =>
		id === 'a' || id === 'b'
			? {
					label: `Press ${id} 2022`,
					href: `/m/sources#${id}`,
					title: `Title "${id}" <i>`,
					mark: id === 'b' ? '(weak <source>)' : ''
				}
			: undefined,
	term: (id) => (id === 't' ? { label: 'Term', href: '/m/glossary#t' } : undefined)
};

/** Pieces markdown is made of, hostile ones included. */
const piece = fc.constantFrom(
	'plain words',
	'[@a]',
	'[@a; @b]',
	'[@nope]',
	'[[t]]',
	'[[t|the term]]',
	'[[missing]]',
	'[¡Quieto!]{lang=es}',
	'*emphasis*',
	'**strong**',
	'`code`',
	'[a link](https://example.org)',
	'[bad](javascript:alert(1))',
	'![alt [@a]](x.png)',
	'<script>alert(1)</script>',
	'<b onclick="x()">b</b>',
	'&amp; < > " \'',
	'\n\n',
	'\n- item\n- item [@b]\n',
	'\n> **Disputed.** quote [@a]\n',
	'| a | b |\n|---|---|\n| [@a] | c |\n',
	'\x02',
	'\x03',
	'\x04',
	'www.example.org',
	'mail@example.org'
);
const markdown = fc.record({
	text: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' ')),
	inline: fc.boolean()
});

test('rendering texts together gives each the same HTML as rendering it alone', () => {
	fc.assert(
		fc.property(fc.array(markdown, { minLength: 1, maxLength: 12 }), (texts) => {
			expect(renderAll(texts, links)).toEqual(texts.map((text) => renderAlone(text, links)));
		}),
		{ numRuns: 1_500, seed: 20261206 }
	);
}, 30_000);
