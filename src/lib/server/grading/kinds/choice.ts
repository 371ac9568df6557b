import { z } from 'zod';
import type { QuestionOf } from '$lib/content/types';
import { m } from '$lib/i18n';
import { choiceField } from '$lib/quiz/kinds/choice';
import type { ServerKind } from './base.ts';
import { notPart, scoreOf, unexpected, unknownId } from './base.ts';

const id = z.string().max(64);
const optionIds = (question: { options: { id: string }[] }) => question.options.map((o) => o.id);

/** Feedback for what the learner chose, and for the right option(s) they missed. */
function revealOptions(question: QuestionOf<'single' | 'multiple'>, chosen: string[]) {
	const key: Record<string, string> = {};
	const feedback: Record<string, string> = {};
	for (const option of question.options) {
		key[option.id] = option.correct ? 'correct' : 'incorrect';
		if (chosen.includes(option.id) || option.correct) feedback[option.id] = option.feedbackHtml;
	}
	return { key, feedback };
}

export const single: ServerKind<'single'> = {
	answer: z.strictObject({ kind: z.literal('single'), choice: id }),
	fromForm(question, fields) {
		const bad = unexpected(fields, (name) => name === choiceField);
		if (bad) return bad;
		if (fields.all(choiceField).length === 0)
			return { error: m.errors.chooseAnswer, incomplete: true };
		const choice = fields.one(choiceField);
		if (choice === undefined) return { error: m.errors.oneOption };
		return single.check(question, { kind: 'single', choice });
	},
	check(question, answer) {
		const bad = unknownId([answer.choice], optionIds(question));
		return bad === undefined ? { answer } : notPart(bad, question.id);
	},
	grade: (question, answer) =>
		scoreOf({
			[answer.choice]: question.options.find((o) => o.id === answer.choice)?.correct === true
		}),
	reveal: (question, answer) => revealOptions(question, [answer.choice]),
	empty: () => ({ kind: 'single', choice: '' })
};

export const multiple: ServerKind<'multiple'> = {
	answer: z.strictObject({ kind: z.literal('multiple'), choices: z.array(id).max(64) }),
	fromForm(question, fields) {
		const bad = unexpected(fields, (name) => name === choiceField);
		if (bad) return bad;
		const choices = fields.all(choiceField);
		if (choices.length === 0) return { error: m.errors.chooseOption, incomplete: true };
		if (!choices.every((c): c is string => typeof c === 'string'))
			return { error: m.errors.optionsAreText };
		return multiple.check(question, { kind: 'multiple', choices });
	},
	check(question, answer) {
		const bad = unknownId(answer.choices, optionIds(question));
		if (bad !== undefined) return notPart(bad, question.id);
		if (new Set(answer.choices).size !== answer.choices.length)
			return { error: m.errors.optionTwice };
		return { answer };
	},
	/** Each option is a part: right when chosen and correct, or left out and incorrect. */
	grade(question, answer) {
		const chosen = new Set(answer.choices);
		return scoreOf(
			Object.fromEntries(question.options.map((o) => [o.id, chosen.has(o.id) === o.correct]))
		);
	},
	reveal: (question, answer) => revealOptions(question, answer.choices),
	empty: () => ({ kind: 'multiple', choices: [] })
};
