import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildIndex } from '$lib/content/compile';
import { lookupsOf } from '$lib/content/lookups';
import type { Question } from '$lib/content/types';
import { toForm } from '$lib/quiz/public';
import { grade, parseFormAnswer, parseStoredAnswer } from '$lib/server/grading';
import { readContentFiles } from '../../../scripts/content-files';
import { answerTo, idsOf, submission } from '../arbitraries';

const module = buildIndex(readContentFiles(resolve('content'))).index.modules[0]!;
const lookups = lookupsOf(module);
const questions: Question[] = lookups.outline.units.flatMap((u) =>
	u.questions.map((q) => lookups.question(q.id)!.question)
);
const ids = questions.flatMap(idsOf);

function formOf(fields: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of fields) form.append(name, value);
	return form;
}

test('every well-formed answer to every question is read back as itself and graded', () => {
	fc.assert(
		fc.property(
			fc.constantFrom(...questions).chain((q) => answerTo(q).map((answer) => ({ q, answer }))),
			({ q, answer }) => {
				const form = formOf(toForm(answer));
				expect(parseFormAnswer(q, form)).toEqual({ answer });
				expect(parseStoredAnswer(q, JSON.parse(JSON.stringify(answer)))).toEqual({ answer });
				const score = grade(q, answer);
				expect(score.earned).toBeGreaterThanOrEqual(0);
				expect(score.earned).toBeLessThanOrEqual(score.total);
			}
		),
		{ numRuns: 2_000, seed: 20261206 }
	);
});

test('10,000 submissions, malformed and valid: never a crash, and only well-formed answers pass', () => {
	let accepted = 0;
	fc.assert(
		fc.property(
			fc.constantFrom(...questions).chain((q) => fc.tuple(fc.constant(q), submission([q], ids))),
			([q, fields]) => {
				const parsed = parseFormAnswer(q, formOf(fields.filter(([name]) => name !== 'question')));
				if ('answer' in parsed) {
					accepted += 1;
					// What passed is an answer to this question, and grading it cannot fail.
					expect(parsed.answer.kind).toBe(q.kind);
					expect(parseStoredAnswer(q, parsed.answer)).toEqual({ answer: parsed.answer });
					grade(q, parsed.answer);
				} else expect(parsed.error).toMatch(/\S/);
			}
		),
		{ numRuns: 10_000, seed: 20261125 }
	);
	// Some valid answers were generated for the question they were posted to.
	expect(accepted).toBeGreaterThan(1_000);
});
