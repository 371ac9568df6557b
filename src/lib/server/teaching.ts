import { createHash, randomBytes } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { plainText } from '$lib/content/markdown';
import type { Module, Question } from '$lib/content/types';
import { urls } from '$lib/content/urls';
import { confusion, questionStats, type AttributionQuestion } from '$lib/progress/class-stats';
import { content } from './content';
import { progressIn, stillHeld, unitOf, unitsOf } from './assignments';
import {
	addAssignment,
	assignmentsForLearner,
	assignmentsOf,
	classAnswers,
	classesOf,
	createClass,
	getDb,
	membersOf,
	teachersClass,
	type Assignment,
	type ClassInfo,
	type Member
} from './db';
import type { Teacher } from './identity/teacher';
import { mintJoinCode } from './identity/recovery';
import { today } from './held';
import { dashboards } from './progress';

/**
 * A learner's key on their teacher's pages: enough to name them in a form, never their id (the
 * id is the learner's cookie, and would let whoever holds it act as them); different in each
 * class, so that two teachers cannot tell they share a learner.
 */
export function memberKey(classId: string, learnerId: string): string {
	return createHash('sha256')
		.update(`member:${classId}:${learnerId}`)
		.digest('base64url')
		.slice(0, 16);
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
	return members.find((member) => memberKey(classId, member.learnerId) === key);
}

/**
 * What a class has done, module by module: per learner, the same progress and mastery the
 * learner sees on their own progress page, by case and by section; and how many learners have
 * done each assignment.
 */
export async function classProgress(classId: string) {
	const db = await getDb();
	const members = await membersOf(db, classId);
	const seen = await Promise.all(
		members.map(async (member) => ({
			member,
			...(await dashboards(member.learnerId, new Date(), 'teacher'))
		}))
	);
	const modules = content.modules.map((module) => ({
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
				key: memberKey(classId, member.learnerId),
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
	const assignments = (await assignmentsOf(db, classId)).flatMap((assignment) => {
		const module = moduleOf(assignment.module);
		const unit = module && unitOf(module, assignment.unit);
		if (!module || !unit) return [];
		const statuses = seen.map(({ modules }) => {
			const { dashboard } = modules.find((d) => d.module.slug === module.slug)!;
			return progressIn(dashboard.progress, assignment.unit)?.status ?? 'not-started';
		});
		return [
			{
				id: assignment.id,
				...unit,
				dueOn: assignment.dueOn,
				test: testState(assignment),
				done: statuses.filter((s) => s === 'complete').length,
				started: statuses.filter((s) => s === 'in-progress').length,
				of: statuses.length
			}
		];
	});
	return { modules, assignments };
}

/** What a teacher can set their class, module by module. */
export function assignable() {
	return content.modules.map((module) => ({
		slug: module.slug,
		title: module.title,
		groups: unitsOf(module)
	}));
}

/** Whether an assignment is a test, and if so whether its results are out. */
function testState(assignment: Assignment): 'held' | 'released' | undefined {
	if (!assignment.test) return undefined;
	return stillHeld(assignment, today()) ? 'held' : 'released';
}

/**
 * Sets a unit for a class, as a test or not; false when the module or unit does not exist. A
 * test holds back its results from the class until its due date has passed or it is released.
 */
export async function assign(
	classId: string,
	unit: string,
	dueOn: string | undefined,
	test = false
) {
	const [moduleSlug = '', key = ''] = unit.split(/ (.*)/s);
	const module = moduleOf(moduleSlug);
	if (!module || !unitOf(module, key)) return false;
	await addAssignment(await getDb(), {
		id: randomBytes(9).toString('base64url'),
		classId,
		module: module.slug,
		unit: key,
		dueOn,
		test
	});
	return true;
}

/** A learner's assignments from every class they are in, with how far they have come in each. */
export async function learnerAssignments(learnerId: string | undefined) {
	if (!learnerId) return [];
	const db = await getDb();
	const set = await assignmentsForLearner(db, learnerId);
	if (!set.length) return [];
	const { modules } = await dashboards(learnerId);
	return set.flatMap((assignment) => {
		const module = moduleOf(assignment.module);
		const unit = module && unitOf(module, assignment.unit);
		const progress = modules.find((d) => d.module.slug === assignment.module)?.dashboard.progress;
		if (!module || !unit || !progress) return [];
		const done = progressIn(progress, assignment.unit);
		return [
			{
				id: assignment.id,
				className: assignment.className,
				...unit,
				dueOn: assignment.dueOn,
				test: testState(assignment),
				answered: done?.answered ?? 0,
				total: done?.total ?? 0,
				status: done?.status ?? 'not-started'
			}
		];
	});
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

/** The options of a choice question, in their written order, with whether each is right. */
function optionsOf(question: Question) {
	return question.kind === 'single' || question.kind === 'multiple'
		? question.options.map((o) => ({ id: o.id, label: plainText(o.html), correct: o.correct }))
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
 * hardest first, each with its figures; which case learners attribute features to; and the
 * written responses.
 */
export async function classQuestions(classId: string) {
	const db = await getDb();
	const names = new Map(
		(await membersOf(db, classId)).map((member) => [member.learnerId, member.displayName])
	);
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
						prompt: plainText(question.promptHtml),
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
				},
				written: writtenResponses(classId, module, answers, names)
			};
		})
	);
}

/** The columns of a class's results, one row per learner and question (README: Teach with it). */
export const resultColumns = [
	'learner',
	'module',
	'question',
	'where',
	'skill',
	'kind',
	'answered',
	'attempts',
	'first_right',
	'first_shown',
	'latest_right',
	'flagged',
	'first_at',
	'last_at'
] as const;

type ResultRow = Record<(typeof resultColumns)[number], string | number>;

/** Every learner of a class against every question, as exports carry it. */
export async function classResults(classId: string): Promise<ResultRow[]> {
	const db = await getDb();
	const members = await membersOf(db, classId);
	const rows: ResultRow[] = [];
	for (const module of content.modules) {
		const answers = await classAnswers(db, classId, module.slug);
		const byPair = new Map<string, typeof answers>();
		for (const a of answers) {
			const key = `${a.learnerId}\n${a.questionId}`;
			byPair.set(key, [...(byPair.get(key) ?? []), a]);
		}
		for (const member of members)
			for (const { question, where } of questionsOf(module)) {
				const mine = byPair.get(`${member.learnerId}\n${question.id}`) ?? [];
				const first = mine[0];
				const last = mine.at(-1);
				const yesNo = (value: boolean | undefined) =>
					value === undefined || !question.graded ? '' : value ? 'yes' : 'no';
				rows.push({
					learner: member.displayName,
					module: module.slug,
					question: question.id,
					where,
					skill: question.skill,
					kind: question.kind,
					answered: mine.length ? 'yes' : 'no',
					attempts: mine.length,
					first_right: yesNo(first && first.correct && !first.shown),
					first_shown: first ? (first.shown ? 'yes' : 'no') : '',
					latest_right: yesNo(last && last.correct && !last.shown),
					flagged: mine.some((a) => a.flagged) ? 'yes' : 'no',
					first_at: first?.at ?? '',
					last_at: last?.at ?? ''
				});
			}
	}
	return rows;
}

/**
 * The written responses to a module's questions, question by question: each learner's latest text,
 * with how they rated it against each point of the rubric (never marked by the app).
 */
function writtenResponses(
	classId: string,
	module: Module,
	answers: Awaited<ReturnType<typeof classAnswers>>,
	names: Map<string, string>
) {
	return questionsOf(module).flatMap(({ question, where, href }) => {
		if (question.kind !== 'written') return [];
		const latest = new Map<string, { text: string; ratings: Record<string, string> }>();
		for (const a of answers) {
			const answer = a.answer as {
				kind?: string;
				text?: unknown;
				ratings?: Record<string, string>;
			} | null;
			if (a.questionId === question.id && answer?.kind === 'written')
				latest.set(a.learnerId, { text: String(answer.text ?? ''), ratings: answer.ratings ?? {} });
		}
		if (!latest.size) return [];
		return [
			{
				id: question.id,
				prompt: plainText(question.promptHtml),
				where,
				href,
				rubric: question.rubric.map((point) => ({ id: point.id, label: plainText(point.html) })),
				responses: [...latest]
					.map(([learnerId, { text, ratings }]) => ({
						key: memberKey(classId, learnerId),
						name: names.get(learnerId) ?? '',
						text,
						ratings: question.rubric.map((point) => ratings[point.id])
					}))
					.sort((a, b) => a.name.localeCompare(b.name))
			}
		];
	});
}

function moduleOf(slug: string): Module | undefined {
	return content.modules.find((module) => module.slug === slug);
}

/** The cases whose answer keys a teacher can print, module by module. */
export function answerKeys() {
	return content.modules.map((module) => ({
		slug: module.slug,
		title: module.title,
		cases: module.cases.map((c) => ({ slug: c.slug, title: c.title }))
	}));
}
