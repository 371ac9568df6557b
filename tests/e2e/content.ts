// The real content as the server sees it, so tests can find questions and answer them right or
// wrong. Keys are read here, in the test process, never from the server.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { buildIndex } from '../../src/lib/content/build-index';
import type { Module, Question } from '../../src/lib/content/types';
import { readContentFiles } from '../../src/lib/server/content-files';

const { index } = buildIndex(readContentFiles(resolve('content')));
export const modules: Module[] = index.modules;
export const module: Module = index.modules[0]!;

export function allQuestions(m: Module = module): Question[] {
	return [
		...m.cases.flatMap((c) => c.sections.flatMap((s) => s.questions)),
		...m.dimensions.flatMap((d) => d.questions)
	];
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

/** The case and section a question belongs to. */
export function placeOf(question: Question): { case?: string; section: string } {
	for (const c of module.cases)
		for (const s of c.sections)
			if (s.questions.includes(question)) return { case: c.slug, section: s.slug };
	for (const d of module.dimensions) if (d.questions.includes(question)) return { section: d.slug };
	throw new Error(`question ${question.id} is nowhere`);
}
