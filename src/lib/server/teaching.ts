import { createHash, randomBytes } from 'node:crypto';
import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { content } from './content';
import {
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
			title: c.title,
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
