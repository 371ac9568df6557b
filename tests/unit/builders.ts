import { compileQuestion } from '$lib/content/questions';
import type { QuestionKind, QuestionOf } from '$lib/content/types';

const base = (id: string) => ({
	id,
	skill: 'recall',
	prompt: `Prompt of ${id}`,
	explanation: `Why, for ${id}.`,
	sources: ['src-one']
});

/** A question built by the real compiler from fields written as an author would. */
export function build<K extends QuestionKind>(kind: K, id: string, fields: object): QuestionOf<K> {
	const { question, issues } = compileQuestion({ ...base(id), kind, ...fields });
	if (!question) throw new Error(`not a question: ${JSON.stringify(issues)}`);
	return question as unknown as QuestionOf<K>;
}

/** Options as [text, correct?]; each gets feedback naming it. */
export function options(...list: [string, boolean?][]) {
	return list.map(([text, correct]) => ({
		text,
		correct: correct ?? false,
		feedback: `On ${text}.`
	}));
}

/** The id of the option with this text. */
export function optionId(question: QuestionOf<'single' | 'multiple'>, text: string): string {
	const found = question.options.find((o) => o.html === text);
	if (!found) throw new Error(`no option "${text}" in ${question.id}`);
	return found.id;
}
