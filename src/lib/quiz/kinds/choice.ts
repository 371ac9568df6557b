import type { ChoiceOption } from '$lib/content/kinds/choice';
import type { Arrange, ClientKind, Part } from './base.ts';
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

/** Options in the learner's order, those fixed in place where they are written. */
function arranged(options: ChoiceOption[], arrange: Arrange): Part[] {
	const free = arrange(
		options.filter((o) => !o.fixed),
		'options'
	);
	return options.map((o) => part(o.fixed ? o : free.shift()!));
}

export const single: ClientKind<'single', SinglePublic, SingleAnswer> = {
	toPublic: (question, arrange) => ({ options: arranged(question.options, arrange) }),
	toForm: (answer) => [[choiceField, answer.choice]]
};

export const multiple: ClientKind<'multiple', MultiplePublic, MultipleAnswer> = {
	toPublic: (question, arrange) => ({ options: arranged(question.options, arrange) }),
	toForm: (answer) => answer.choices.map((choice) => [choiceField, choice])
};
