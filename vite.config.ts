import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { content } from './scripts/content-plugin.ts';

/**
 * The browser's scripts come in a few files rather than a score of small ones: on a phone's link
 * each file costs a round trip before its bytes come. What six or more pages run comes in two
 * files, the libraries' and the app's; what fewer pages run stays with them, and the code of
 * questions, loaded as they are about to be seen (src/lib/components/island/), stays apart.
 * `bench/page-weight.js` prints the files and bytes of each page.
 */
const shared = { tags: ['$initial' as const], minShareCount: 6 };
const chunkGroups = [
	{
		name: 'libraries',
		test: (id: string) => id.startsWith('\0') || /node_modules/.test(id),
		...shared
	},
	{ name: 'app', test: /[\\/]src[\\/]lib[\\/]/, ...shared }
];

export default defineConfig({
	plugins: [content(), sveltekit()],
	build: {
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	environments: {
		client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		globalSetup: ['tests/unit/postgres-note.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
