import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	logLevel: 'warn',
	build: { rolldownOptions: { checks: { pluginTimings: false } } }
});
