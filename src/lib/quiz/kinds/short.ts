import type { ClientKind } from './base.ts';

/** The field the typed answer is sent in. */
export const textField = 'text';
/** Longest short answer accepted; anything longer is not an answer to a short question. */
export const maxTextLength = 300;

export type ShortPublic = Record<never, never>;
export interface ShortAnswer {
	kind: 'short';
	text: string;
}

export const short: ClientKind<'short', ShortPublic, ShortAnswer> = {
	toPublic: () => ({}),
	toForm: (answer) => [[textField, answer.text]]
};
