import type { Component } from 'svelte';
import type { QuestionKind } from '$lib/content/types';
import type { Answer, PublicOf, Reveal } from '$lib/quiz/types';
import Categorize from './Categorize.svelte';
import Choice from './Choice.svelte';
import Match from './Match.svelte';
import Order from './Order.svelte';
import Short from './Short.svelte';
import Written from './Written.svelte';

/**
 * What every kind's component is given: the question as shown, the learner's last answer to show
 * in its controls, and its result once answered (none in a test whose results are held).
 */
export interface KindProps<K extends QuestionKind> {
	question: PublicOf<K>;
	reveal?: Reveal;
	given?: Answer;
}

/** The form controls of each kind; a kind missing here is a compile error. */
export const kindComponents = {
	single: Choice,
	multiple: Choice,
	order: Order,
	match: Match,
	categorize: Categorize,
	short: Short,
	written: Written
} satisfies { [K in QuestionKind]: Component<KindProps<K>> };
