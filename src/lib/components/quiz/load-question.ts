import type { Loadable } from '$lib/components/island/types';
import type Question from './Question.svelte';

type Props = Parameters<typeof Question>[1];
const load = () => import('./Question.svelte').then((module) => module.default);

/**
 * The question island on the server: rendered in place with the page. It is imported the way the
 * browser imports it, so that the build links its stylesheet from every page that shows it (a
 * page without JavaScript needs the styles as much as one with).
 */
export const question: Loadable<Props> = { component: await load(), load };
