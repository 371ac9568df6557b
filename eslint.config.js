import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The direction data flows in (docs/architecture.md) as rules: what runs in the browser never
 * imports the server, and the pure layers import neither the server nor the framework.
 */
const server = {
	group: ['$lib/server', '$lib/server/*', '**/lib/server/*', 'virtual:parallels/*'],
	message: 'server-only: this code also runs in the browser, or must stay pure'
};
const framework = {
	group: ['$app/*', '@sveltejs/kit', 'node:*'],
	message: 'a pure module takes its inputs as arguments: no framework, no Node APIs'
};
// The compiler (zod, marked, sanitize-html) stays on the server; its types may be shared, and
// so may the two small pure modules every side uses: addresses and the outline of a module.
const compiler = {
	group: ['$lib/content/*', '!$lib/content/urls', '!$lib/content/outline'],
	allowTypeImports: true,
	message: 'the content compiler runs on the server: import its types only'
};

const restrict = (...patterns) => ({
	'@typescript-eslint/no-restricted-imports': ['error', { patterns }]
});

export default defineConfig(
	{
		ignores: [
			'**/build/',
			'**/.svelte-kit/',
			'node_modules/',
			'reports/',
			'test-results/',
			'content/'
		]
	},
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks names; this rule does not know its types.
			'no-undef': 'off',
			// Every HTML string a page shows comes from the content compiler, which sanitizes it.
			'svelte/no-at-html-tags': 'off',
			// The app is served at the root; links are built in one place (src/lib/content/urls.ts).
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/components/**', 'src/routes/**/*.svelte', 'src/lib/*.ts', 'src/lib/i18n/**'],
		rules: restrict(server, compiler)
	},
	{
		files: ['src/lib/quiz/**', 'src/lib/progress/**', 'src/lib/timeline/**'],
		rules: restrict(server, framework, compiler)
	},
	{ files: ['src/lib/content/**'], rules: restrict(server, framework) }
);
