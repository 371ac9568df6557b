import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import ServerIsland from '$lib/components/island/ServerIsland.svelte';
import Mark from '$lib/components/quiz/Mark.svelte';

/*
 * Islands (src/lib/components/island) hydrate a component as a root of its own inside a page that
 * Svelte hydrated already. That relies on a detail of Svelte's server output, not on a public
 * API: `hydrate(component, { target })` looks for the hydration start marker `<!--[-->` among the
 * target's children, and a dynamic component renders between `<!--[-->` and `<!--]-->`. If a
 * Svelte release changes this, islands would re-render or fail; this test says so first. (The
 * end-to-end test "questions hydrate in place after the page" checks the same in a browser.)
 */
test('an island renders its component between the markers hydrate() looks for at a root', () => {
	const { body } = render(ServerIsland, {
		props: {
			island: { component: Mark as never, load: async () => Mark as never },
			props: { right: true }
		}
	});
	const inside = /<div class="island[^"]*">(.*)<\/div>/s.exec(body)?.[1];
	expect(inside).toMatch(/^<!--\[-->/);
	expect(inside).toMatch(/<!--\]-->$/);
	expect(inside).toContain('Right');
});
