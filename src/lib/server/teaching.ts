import { createHash, randomBytes } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import type { Module, Question } from '$lib/content/types';
import { urls } from '$lib/content/urls';
import { confusion, questionStats, type AttributionQuestion } from '$lib/progress/class-stats';
import { content } from './content';
import {
	classAnswers,
	classesOf,
	createClass,
	getDb,
	membersOf,
	teachersClass,
	type ClassInfo,
	type Member
} from './db';
import type { Teacher } from './identity/teacher';
import { mintJoinCode } from './identity/recovery';
import { dashboards } from './progress';

/**
 * A learner's key on their teacher's pages: enough to name them in a form, never their id (the
 * id is the learner's cookie, and would let whoever holds it act as them).
 */
export function memberKey(learnerId: string): string {
	return createHash('sha256').update(`member:${learnerId}`).digest('base64url').slice(0, 16);
}

/** The signed-in teacher, or a 404 for anyone else (a page that is nobody else's business). */
export function requireTeacher(teacher: Teacher | undefined): Teacher {
	if (!teacher) error(404, m.classPage.notFound);
	return teacher;
}

/** One of this teacher's classes; any other class, or none, is a 404. */
export async function requireClass(teacher: Teacher | undefined, classId: string) {
	const klass = await teachersClass(await getDb(), requireTeacher(teacher).id, classId);
	if (!klass) error(404, m.classPage.notFound);
	return klass;
}

/** Makes a class with a fresh join code (a new one if the first is taken). */
export async function newClass(teacher: Teacher, name: string): Promise<string> {
	const db = await getDb();
	const id = randomBytes(9).toString('base64url');
	for (let tries = 0; ; tries++) {
		try {
			await createClass(db, { id, teacherId: teacher.id, name, joinCode: mintJoinCode() });
			return id;
		} catch (failure) {
			if (tries >= 4) throw failure;
		}
	}
}

export async function classList(teacher: Teacher): Promise<ClassInfo[]> {
	return classesOf(await getDb(), teacher.id);
}

/** The member of a class a form names by its key. */
export async function memberOf(classId: string, key: unknown): Promise<Member | undefined> {
	const members = await membersOf(await getDb(), classId);
	return members.find((member) => memberKey(member.learnerId) === key);
}

/**
 * What a class has done, module by module: per learner, the same progress and mastery the
 * learner sees on their own progress page, by case and by section.
 */
export async function classProgress(classId: string) {
	const members = await membersOf(await getDb(), classId);
	const seen = await Promise.all(
		members.map(async (member) => ({ member, ...(await dashboards(member.learnerId)) }))
	);
	return content.modules.map((module) => ({
		slug: module.slug,
		title: module.title,
		cases: module.cases.map((c) => ({
			slug: c.slug,
			title: c.shortTitle,
			sections: c.sections.map((s) => ({ slug: s.slug, title: s.title }))
		})),
		learners: seen.map(({ member, modules }) => {
			const { dashboard } = modules.find((d) => d.module.slug === module.slug)!;
			return {
				key: memberKey(member.learnerId),
				name: member.displayName,
				answered: dashboard.progress.answered,
				total: dashboard.progress.total,
				lastActivity: dashboard.progress.lastActivity,
				cases: dashboard.cases.map((c) => ({
					level: c.mastery.level,
					sections: c.sections.map((s) => s.mastery.level)
				})),
				comparison: {
					answered: dashboard.progress.comparison.answered,
					total: dashboard.progress.comparison.total
				}
			};
		})
	}));
}

/** Fewer first answers than this, and a question's figures are listed after the others. */
const fewAnswers = 3;

/** Every question of a module with the page it is on, in reading order. */
function questionsOf(module: Module) {
	return [
		...module.cases.flatMap((c) =>
			c.sections.flatMap((s) =>
				s.questions.map((question) => ({
					question,
					where: `${c.shortTitle}: ${s.title}`,
					href: urls.question(
						module.slug,
						{ kind: 'section', case: c.slug, section: s.slug },
						question.id
					)
				}))
			)
		),
		...module.dimensions.flatMap((d) =>
			d.questions.map((question) => ({
				question,
				where: `${m.classPage.comparison}: ${d.title}`,
				href: urls.question(module.slug, { kind: 'dimension', dimension: d.slug }, question.id)
			}))
		)
	];
}

const plain = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.trim();

/** The options of a choice question, in their written order, with whether each is right. */
function optionsOf(question: Question) {
	return question.kind === 'single' || question.kind === 'multiple'
		? question.options.map((o) => ({ id: o.id, label: plain(o.html), correct: o.correct }))
		: [];
}

/** Categorize questions whose categories are the module's cases, with what each names. */
function attributionQuestions(module: Module, cases: string[]): AttributionQuestion[] {
	return questionsOf(module).flatMap(({ question }) => {
		if (question.kind !== 'categorize') return [];
		const caseOf = Object.fromEntries(question.categories.map((c) => [c.id, c.label]));
		if (!Object.values(caseOf).every((label) => cases.includes(label))) return [];
		const key = Object.fromEntries(question.items.map((item) => [item.id, item.category]));
		return [{ id: question.id, caseOf, key }];
	});
}

/**
 * What a class's answers say about the questions of each module: the questions the class found
 * hardest first, each with its figures, and which case learners attribute features to.
 */
export async function classQuestions(classId: string) {
	const db = await getDb();
	return Promise.all(
		content.modules.map(async (module) => {
			const answers = await classAnswers(db, classId, module.slug);
			const all = questionsOf(module).filter(({ question }) => question.graded);
			const stats = new Map(
				questionStats(
					all.map(({ question }) => question.id),
					answers
				).map((s) => [s.id, s])
			);
			const rows = all
				.map(({ question, where, href }) => {
					const s = stats.get(question.id)!;
					return {
						id: question.id,
						prompt: plain(question.promptHtml),
						where,
						href,
						answered: s.answered,
						facility: s.facility,
						discrimination: s.discrimination,
						flags: s.flags,
						options: optionsOf(question).map((o) => ({ ...o, chosen: s.chosen[o.id] ?? 0 })),
						wrongTexts: s.wrongTexts.slice(0, 5)
					};
				})
				.filter((row) => row.answered > 0)
				// Hardest first; a question only a few have answered says little, so it comes last.
				.sort(
					(a, b) =>
						Number(a.answered < fewAnswers) - Number(b.answered < fewAnswers) ||
						(a.facility ?? 1) - (b.facility ?? 1) ||
						b.answered - a.answered
				);
			const cases = module.cases.filter((c) => c.kind === 'case').map((c) => c.shortTitle);
			const attribution = attributionQuestions(module, cases);
			return {
				slug: module.slug,
				title: module.title,
				rows,
				unanswered: all.length - rows.length,
				confusion: {
					cases,
					counts: attribution.length ? confusion(cases, attribution, answers) : []
				}
			};
		})
	);
}
