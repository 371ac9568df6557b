import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { content } from './scripts/content-plugin.ts';

export default defineConfig({
	plugins: [content(), sveltekit()],
	build: {
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		globalSetup: ['tests/unit/postgres-note.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
