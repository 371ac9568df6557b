import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, type ContentFiles } from '$lib/content/compile';
import { lookupsOf } from '$lib/content/lookups';
import type { Module, QuestionKind, QuestionOf } from '$lib/content/types';
import { statesOf, type AnswerFact } from '$lib/progress/state';
import { readContentFiles } from '../../scripts/content-files';

export const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');

/** The valid miniature module, optionally with some files replaced by a failure fixture's. */
export function fixtureFiles(overlay?: string): ContentFiles {
	const base = readContentFiles(join(fixtures, 'valid'));
	return overlay ? { ...base, ...readContentFiles(join(fixtures, overlay)) } : base;
}

export function failureFixtures(): string[] {
	return readdirSync(fixtures).filter((name) => name !== 'valid');
}

export function miniModule(): Module {
	const { index, issues } = buildIndex(fixtureFiles());
	if (issues.length) throw new Error(`fixture has issues: ${JSON.stringify(issues)}`);
	return index.modules[0]!;
}

/** A question of the miniature module by id, narrowed to its kind. */
export function questionOf<K extends QuestionKind>(id: string, kind: K): QuestionOf<K> {
	const question = lookupsOf(miniModule()).question(id)?.question;
	if (!question || question.kind !== kind) throw new Error(`no ${kind} question ${id}`);
	return question as unknown as QuestionOf<K>;
}

/** An answer as a test lists it: scored 1 or 0 out of 1 unless it says otherwise. */
export type ListedAnswer = Omit<AnswerFact, 'id' | 'earned' | 'total'> &
	Partial<Pick<AnswerFact, 'earned' | 'total'>>;

/** The question states that answers listed oldest first come to, each given the next id. */
export function statesFrom(answers: ListedAnswer[]) {
	return statesOf(
		answers.map((a, i) => ({ earned: a.correct ? 1 : 0, total: 1, ...a, id: i + 1 }))
	);
}
