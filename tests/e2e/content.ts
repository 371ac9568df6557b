// The real content as the server sees it, so tests can find questions and answer them right or
// wrong. Keys are read here, in the test process, never from the server.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { buildIndex } from '../../src/lib/content/compile';
import { lookupsOf } from '../../src/lib/content/lookups';
import type {
	Module,
	Place,
	Question,
	QuestionKind,
	QuestionOf
} from '../../src/lib/content/types';
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

/** The pages a module has once: its home, the comparison's grid, timeline, review and library. */
const modulePages = (m: Module) => [
	urls.module(m.slug),
	urls.compare(m.slug),
	urls.sources(m.slug),
	urls.glossary(m.slug),
	urls.timeline(m.slug),
	urls.review(m.slug)
];
const ends = <T>(list: T[]) => [list[0]!, list.at(-1)!];

/** Every page a learner can open, before answering anything. */
export function allPages(): string[] {
	return [
		'/',
		'/progress',
		...modules.flatMap((m) => [
			...modulePages(m),
			...m.dimensions.map((d) => urls.dimension(m.slug, d.slug)),
			...m.cases.flatMap((c) => [
				urls.case(m.slug, c.slug),
				urls.worksheet(m.slug, c.slug),
				...c.sections.map((s) => urls.section(m.slug, c.slug, s.slug))
			])
		])
	];
}

/** A page of every kind: every overview, and the first and last section and dimension. */
export function pagesOfEveryKind(): string[] {
	return [
		'/',
		'/progress',
		...modules.flatMap((m) => [
			...modulePages(m),
			...ends(m.dimensions).map((d) => urls.dimension(m.slug, d.slug)),
			...m.cases.map((c) => urls.case(m.slug, c.slug)),
			urls.worksheet(m.slug, m.cases[0]!.slug),
			...ends(m.cases).flatMap((c) =>
				ends(c.sections).map((s) => urls.section(m.slug, c.slug, s.slug))
			)
		])
	];
}

type Root = ReturnType<Page['locator']>;

/** How to fill in each kind, rightly or wrongly; a kind missing here is a compile error. */
const fillers: {
	[K in QuestionKind]: (root: Root, question: QuestionOf<K>, right: boolean) => Promise<void>;
} = {
	single: (root, q, right) => fillChoice(root, q, right),
	multiple: (root, q, right) => fillChoice(root, q, right),
	async order(root, question, right) {
		const wanted = question.items.map((item) => item.id);
		if (!right) wanted.reverse();
		if (!(await scriptsRun(root))) {
			for (const [i, id] of wanted.entries())
				await root.locator(`select[name="position.${id}"]`).selectOption(String(i + 1));
			return;
		}
		// With JavaScript the items are moved up into place, one by one.
		const moving = root.locator('ol.moving');
		// Reaching for the form brings its code, if it has not come yet.
		if ((await moving.count()) === 0) await root.locator('select').first().focus();
		await moving.waitFor();
		for (const [k, id] of wanted.entries()) {
			const shown = await root
				.locator('ol.moving input[type="hidden"]')
				.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name.slice(9)));
			for (let i = shown.indexOf(id); i > k; i--)
				await root.locator(`[id="${question.id}-${id}-up"]`).click();
		}
	},
	async match(root, question, right) {
		const rights = question.pairs.map((p) => p.right.id);
		for (const [i, pair] of question.pairs.entries()) {
			const value = right ? pair.right.id : rights[(i + 1) % rights.length]!;
			await root.locator(`select[name="match.${pair.left.id}"]`).selectOption(value);
		}
	},
	async categorize(root, question, right) {
		for (const item of question.items) {
			const other = question.categories.find((c) => c.id !== item.category)!;
			const value = right ? item.category : other.id;
			await root.locator(`input[name="category.${item.id}"][value="${value}"]`).check();
		}
	},
	async short(root, question, right) {
		await root.locator('input[name="text"]').fill(right ? question.accept[0]! : 'no idea at all');
	},
	// Never right or wrong: "right" writes a fuller answer.
	async written(root, _question, right) {
		await root
			.locator('textarea[name="text"]')
			.fill(right ? 'A claim, with evidence and its sources, weighed.' : 'A first thought.');
	}
};

/** Whether the page's own scripts run (JavaScript on), not only the test's. */
function scriptsRun(root: Root): Promise<boolean> {
	return root
		.page()
		.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')));
}

async function fillChoice(root: Root, question: QuestionOf<'single' | 'multiple'>, right: boolean) {
	const wrong = question.options.find((o) => !o.correct) ?? question.options[0]!;
	for (const option of question.options) {
		const pick = right ? option.correct : option === wrong;
		const input = root.locator(`input[value="${option.id}"]`);
		if (pick) await input.check();
		else if (question.kind === 'multiple') await input.uncheck();
	}
}

/** Fills in a question on the page, rightly or wrongly, and submits it. */
export async function answer(page: Page, question: Question, right: boolean): Promise<void> {
	const root = page.locator(`#q-${question.id}`);
	await (fillers[question.kind] as (r: Root, q: Question, right: boolean) => Promise<void>)(
		root,
		question,
		right
	);
	// In a test whose results are held every question is saved, not checked.
	await root.getByRole('button', { name: question.graded ? /^(check|save)/i : /save/i }).click();
}

/** Where a question lives. */
export function placeOf(question: Question): Place {
	return lookups.question(question.id)!.place;
}

/** The page a question is on. */
export function pageOf(question: Question): string {
	return urls.place(module.slug, placeOf(question));
}

/** The page of a section of a case. */
export function sectionPage(c: { slug: string }, section: { slug: string }): string {
	return urls.section(module.slug, c.slug, section.slug);
}

/** A whole case on one page, with every quiz. */
export function worksheetOf(c: { slug: string }): string {
	return urls.worksheet(module.slug, c.slug);
}
