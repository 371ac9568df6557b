// The real content as the server sees it, so tests can find questions and answer them right or
// wrong. Keys are read here, in the test process, never from the server.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { buildIndex } from '../../src/lib/content/compile';
import { lookupsOf } from '../../src/lib/content/lookups';
import type { Module, Place, Question } from '../../src/lib/content/types';
import { urls } from '../../src/lib/content/urls';
import { readContentFiles } from '../../scripts/content-files';

const { index } = buildIndex(readContentFiles(resolve('content')));
export const modules: Module[] = index.modules;
/** The module the tests walk through, named so that a new module cannot take its place. */
export const module: Module = index.modules.find((m) => m.slug === 'what-makes-a-coup')!;
const lookups = lookupsOf(module);

export function allQuestions(): Question[] {
	return lookups.outline.units.flatMap((unit) =>
		unit.questions.map((q) => lookups.question(q.id)!.question)
	);
}

/** Every page a learner can open, before answering anything. */
export function allPages(): string[] {
	return [
		'/',
		'/progress',
		...modules.flatMap((m) => [
			`/${m.slug}`,
			`/${m.slug}/compare`,
			`/${m.slug}/sources`,
			`/${m.slug}/glossary`,
			`/${m.slug}/timeline`,
			...m.cases.map((c) => `/${m.slug}/${c.slug}`)
		])
	];
}

/** Fills in a question on the page, rightly or wrongly, and submits it. */
export async function answer(page: Page, question: Question, right: boolean): Promise<void> {
	const root = page.locator(`#q-${question.id}`);
	switch (question.kind) {
		case 'single':
		case 'multiple': {
			const wrong = question.options.find((o) => !o.correct) ?? question.options[0]!;
			for (const option of question.options) {
				const pick = right ? option.correct : option === wrong;
				const input = root.locator(`input[value="${option.id}"]`);
				if (pick) await input.check();
				else if (question.kind === 'multiple') await input.uncheck();
			}
			break;
		}
		case 'order': {
			const n = question.items.length;
			for (const [i, item] of question.items.entries()) {
				const position = right ? i + 1 : n - i;
				await root.locator(`select[name="position.${item.id}"]`).selectOption(String(position));
			}
			break;
		}
		case 'match': {
			const rights = question.pairs.map((p) => p.right.id);
			for (const [i, pair] of question.pairs.entries()) {
				const value = right ? pair.right.id : rights[(i + 1) % rights.length]!;
				await root.locator(`select[name="match.${pair.left.id}"]`).selectOption(value);
			}
			break;
		}
		case 'categorize': {
			for (const item of question.items) {
				const other = question.categories.find((c) => c.id !== item.category)!;
				const value = right ? item.category : other.id;
				await root.locator(`input[name="category.${item.id}"][value="${value}"]`).check();
			}
			break;
		}
		case 'short':
			await root.locator('input[name="text"]').fill(right ? question.accept[0]! : 'no idea at all');
			break;
	}
	await root.getByRole('button', { name: /check/i }).click();
}

/** Where a question lives. */
export function placeOf(question: Question): Place {
	return lookups.question(question.id)!.place;
}

/** The page a question is on. */
export function pageOf(question: Question): string {
	const place = placeOf(question);
	return place.kind === 'section' ? urls.case(module.slug, place.case) : urls.compare(module.slug);
}
