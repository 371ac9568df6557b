import type { Component } from 'svelte';

/**
 * What an island needs: a way to load its component in the browser, and on the server the
 * component itself to render. Two modules, chosen by the bundler's `browser` condition, give
 * the two halves (see `#quiz/question` in package.json), so that the browser's first download
 * does not carry the component: it is fetched when the island is about to be seen or used.
 */
export interface Loadable<Props extends Record<string, unknown>> {
	/** Present on the server, where the page is rendered at once. */
	component?: Component<Props>;
	load: () => Promise<Component<Props>>;
}
