import type { Loadable } from '$lib/components/island/types';
import type Question from './Question.svelte';

/** The question island in the browser: its code arrives when a question is about to be used. */
export const question: Loadable<Parameters<typeof Question>[1]> = {
	load: () => import('./Question.svelte').then((module) => module.default)
};
