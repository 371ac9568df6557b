import type { Question, QuestionKind } from '$lib/content/types';
import type { Answer, Score } from '$lib/quiz/types';
import { gradeCategorize } from './categorize';
import { gradeMatch } from './match';
import { gradeMultiple } from './multiple';
import { gradeOrder } from './order';
import { gradeShort } from './short';
import { gradeSingle } from './single';

type Grader<K extends QuestionKind> = (
	question: Extract<Question, { kind: K }>,
	answer: Extract<Answer, { kind: K }>
) => Score;

/** One grader per kind; a kind without one is a compile error. */
const graders: { [K in QuestionKind]: Grader<K> } = {
	single: gradeSingle,
	multiple: gradeMultiple,
	order: gradeOrder,
	match: gradeMatch,
	categorize: gradeCategorize,
	short: gradeShort
};

/** Grades an answer already checked by `parseAnswer` against the same question. */
export function grade(question: Question, answer: Answer): Score {
	if (question.kind !== answer.kind) {
		throw new Error(
			`answer of kind ${answer.kind} given to ${question.kind} question ${question.id}`
		);
	}
	return (graders[question.kind] as Grader<QuestionKind>)(question as never, answer as never);
}

export { parseAnswer, parseFormAnswer } from './parse';
export { reveal } from './reveal';
