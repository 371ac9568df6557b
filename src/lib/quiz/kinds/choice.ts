import type { ClientKind, Part } from './base.ts';
import { part } from './base.ts';

/** The field every chosen option is sent in. */
export const choiceField = 'choice';

export interface SinglePublic {
	options: Part[];
}
export interface SingleAnswer {
	kind: 'single';
	/** The id of the chosen option. */
	choice: string;
}

export interface MultiplePublic {
	options: Part[];
}
export interface MultipleAnswer {
	kind: 'multiple';
	/** The ids of the chosen options. */
	choices: string[];
}

export const single: ClientKind<'single', SinglePublic, SingleAnswer> = {
	toPublic: (question) => ({ options: question.options.map(part) }),
	toForm: (answer) => [[choiceField, answer.choice]]
};

export const multiple: ClientKind<'multiple', MultiplePublic, MultipleAnswer> = {
	toPublic: (question) => ({ options: question.options.map(part) }),
	toForm: (answer) => answer.choices.map((choice) => [choiceField, choice])
};
