import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		// A page's styles come inside it: a phone on a slow link paints without first opening
		// connections for a handful of small stylesheets. All of them together are a few KB brotli.
		inlineStyleThreshold: 16 * 1024,
		// No inline script runs unless SvelteKit put it there; hashes rather than nonces, so that
		// a page kept by the page cache (src/lib/server/page-cache.ts) stays valid. Nothing can
		// frame the app.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
