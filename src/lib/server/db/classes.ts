import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { sqliteOf } from './open.ts';
import type { Database } from './schema.ts';

/** A teacher's class, as its pages show it. */
export interface ClassInfo {
	id: string;
	name: string;
	joinCode: string;
	createdAt: string;
	archived: boolean;
	members: number;
}

/** A learner of a class, by the name they chose. */
export interface Member {
	learnerId: string;
	displayName: string;
	joinedAt: string;
}

export async function createClass(
	db: Kysely<Database>,
	klass: { id: string; teacherId: string; name: string; joinCode: string }
): Promise<void> {
	await db
		.insertInto('classes')
		.values({
			id: klass.id,
			teacher_id: klass.teacherId,
			name: klass.name,
			join_code: klass.joinCode,
			created_at: new Date().toISOString(),
			archived_at: null
		})
		.execute();
}

function classes(db: Kysely<Database>) {
	return db
		.selectFrom('classes')
		.leftJoin('class_members', 'class_members.class_id', 'classes.id')
		.select((eb) => [
			'classes.id',
			'classes.name',
			'classes.join_code',
			'classes.created_at',
			'classes.archived_at',
			eb.fn.count<number>('class_members.learner_id').as('members')
		])
		.groupBy('classes.id');
}

type ClassRow = Awaited<ReturnType<ReturnType<typeof classes>['executeTakeFirstOrThrow']>>;

const infoOf = (row: ClassRow): ClassInfo => ({
	id: row.id,
	name: row.name,
	joinCode: row.join_code,
	createdAt: row.created_at,
	archived: row.archived_at !== null,
	members: Number(row.members)
});

/** A teacher's classes, newest first. */
export async function classesOf(db: Kysely<Database>, teacherId: string): Promise<ClassInfo[]> {
	const rows = await classes(db)
		.where('classes.teacher_id', '=', teacherId)
		.orderBy('classes.created_at', 'desc')
		.execute();
	return rows.map(infoOf);
}

/** One class, only if it is this teacher's: every teacher page asks through here. */
export async function teachersClass(
	db: Kysely<Database>,
	teacherId: string,
	classId: string
): Promise<ClassInfo | undefined> {
	const row = await classes(db)
		.where('classes.teacher_id', '=', teacherId)
		.where('classes.id', '=', classId)
		.executeTakeFirst();
	return row && infoOf(row);
}

export async function membersOf(db: Kysely<Database>, classId: string): Promise<Member[]> {
	const rows = await db
		.selectFrom('class_members')
		.select(['learner_id', 'display_name', 'joined_at'])
		.where('class_id', '=', classId)
		.orderBy('display_name')
		.execute();
	return rows.map((row) => ({
		learnerId: row.learner_id,
		displayName: row.display_name,
		joinedAt: row.joined_at
	}));
}

/** An open (not archived) class by the code learners type, folded as `normalizeJoinCode` does. */
export async function classByCode(
	db: Kysely<Database>,
	joinCode: string
): Promise<{ id: string; name: string } | undefined> {
	return db
		.selectFrom('classes')
		.select(['id', 'name'])
		.where('join_code', '=', joinCode)
		.where('archived_at', 'is', null)
		.executeTakeFirst();
}

/** Adds a learner to a class under a name of their choice (again: a new name), keeping progress. */
export async function joinClass(
	db: Kysely<Database>,
	classId: string,
	learnerId: string,
	displayName: string
): Promise<void> {
	const now = new Date().toISOString();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('learners')
			.values({ id: learnerId, created_at: now, recovery_code: null })
			.onConflict((oc) => oc.column('id').doNothing())
			.execute();
		await trx
			.insertInto('class_members')
			.values({
				class_id: classId,
				learner_id: learnerId,
				display_name: displayName,
				joined_at: now
			})
			.onConflict((oc) =>
				oc.columns(['class_id', 'learner_id']).doUpdateSet({ display_name: displayName })
			)
			.execute();
	});
}

/** The classes a learner belongs to, with the names they go by there. */
export async function classesOfLearner(
	db: Kysely<Database>,
	learnerId: string
): Promise<{ id: string; name: string; displayName: string; archived: boolean }[]> {
	const rows = await db
		.selectFrom('class_members')
		.innerJoin('classes', 'classes.id', 'class_members.class_id')
		.select(['classes.id', 'classes.name', 'class_members.display_name', 'classes.archived_at'])
		.where('class_members.learner_id', '=', learnerId)
		.orderBy('class_members.joined_at')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		displayName: row.display_name,
		archived: row.archived_at !== null
	}));
}

/** Takes a learner out of a class (they leave, or their teacher removes them); progress stays. */
export async function leaveClass(
	db: Kysely<Database>,
	classId: string,
	learnerId: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('class_members')
		.where('class_id', '=', classId)
		.where('learner_id', '=', learnerId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

export async function setArchived(
	db: Kysely<Database>,
	classId: string,
	archived: boolean
): Promise<void> {
	await db
		.updateTable('classes')
		.set({ archived_at: archived ? new Date().toISOString() : null })
		.where('id', '=', classId)
		.execute();
}

/** Replaces a learner's recovery code with `code` (their teacher's answer to a lost one). */
export async function replaceRecoveryCode(
	db: Kysely<Database>,
	learnerId: string,
	code: string
): Promise<void> {
	await db
		.updateTable('learners')
		.set({ recovery_code: code })
		.where('id', '=', learnerId)
		.execute();
}

/** Every answer of a class's learners in a module, oldest first, as class statistics read them. */
export async function classAnswers(
	db: Kysely<Database>,
	classId: string,
	module: string
): Promise<
	{
		learnerId: string;
		questionId: string;
		answer: unknown;
		correct: boolean;
		shown: boolean;
		flagged: boolean;
		at: string;
	}[]
> {
	const rows = await db
		.selectFrom('attempts')
		.innerJoin('class_members', 'class_members.learner_id', 'attempts.learner_id')
		.leftJoin('flags', 'flags.attempt_id', 'attempts.id')
		.select([
			'attempts.learner_id',
			'attempts.question_id',
			'attempts.answer',
			'attempts.correct',
			'attempts.shown',
			'attempts.created_at',
			'flags.attempt_id as flag'
		])
		.where('class_members.class_id', '=', classId)
		.where('attempts.module', '=', module)
		.orderBy('attempts.id')
		.execute();
	return rows.map((row) => ({
		learnerId: row.learner_id,
		questionId: row.question_id,
		answer: parseStored(row.answer),
		correct: row.correct === 1,
		shown: row.shown === 1,
		flagged: row.flag !== null,
		at: row.created_at
	}));
}

function parseStored(answer: string): unknown {
	try {
		return JSON.parse(answer);
	} catch {
		return null;
	}
}

/** A unit set for a class. */
export interface Assignment {
	id: string;
	classId: string;
	module: string;
	unit: string;
	dueOn?: string;
	/** A test: results are held until the due date has passed or the teacher releases them. */
	test?: boolean;
	/** When the teacher released a test's results. */
	releasedAt?: string;
}

export async function addAssignment(db: Kysely<Database>, assignment: Assignment): Promise<void> {
	await db
		.insertInto('assignments')
		.values({
			id: assignment.id,
			class_id: assignment.classId,
			module: assignment.module,
			unit: assignment.unit,
			due_on: assignment.dueOn ?? null,
			created_at: new Date().toISOString(),
			test: assignment.test ? 1 : 0
		})
		.execute();
}

/** Releases a test's results to the class now; false when the class has no such test. */
export async function releaseAssignment(
	db: Kysely<Database>,
	classId: string,
	id: string
): Promise<boolean> {
	const result = await db
		.updateTable('assignments')
		.set({ released_at: new Date().toISOString() })
		.where('class_id', '=', classId)
		.where('id', '=', id)
		.where('test', '=', 1)
		.where('released_at', 'is', null)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}

export async function removeAssignment(
	db: Kysely<Database>,
	classId: string,
	id: string
): Promise<void> {
	await db.deleteFrom('assignments').where('class_id', '=', classId).where('id', '=', id).execute();
}

const assignmentOf = (row: {
	id: string;
	class_id: string;
	module: string;
	unit: string;
	due_on: string | null;
	test: number;
	released_at: string | null;
}): Assignment => ({
	id: row.id,
	classId: row.class_id,
	module: row.module,
	unit: row.unit,
	dueOn: row.due_on ?? undefined,
	test: row.test === 1,
	releasedAt: row.released_at ?? undefined
});

/** A class's assignments, soonest due first, then those with no date, in the order set. */
export async function assignmentsOf(db: Kysely<Database>, classId: string): Promise<Assignment[]> {
	const rows = await db
		.selectFrom('assignments')
		.select(['id', 'class_id', 'module', 'unit', 'due_on', 'test', 'released_at'])
		.where('class_id', '=', classId)
		.orderBy((eb) => eb.case().when('due_on', 'is', null).then(1).else(0).end())
		.orderBy('due_on')
		.orderBy('created_at')
		.execute();
	return rows.map(assignmentOf);
}

/** What the open classes a learner is in have set them, with the class's name. */
export async function assignmentsForLearner(
	db: Kysely<Database>,
	learnerId: string
): Promise<(Assignment & { className: string })[]> {
	const rows = await db
		.selectFrom('assignments')
		.innerJoin('classes', 'classes.id', 'assignments.class_id')
		.innerJoin('class_members', 'class_members.class_id', 'classes.id')
		.select([
			'assignments.id',
			'assignments.class_id',
			'assignments.module',
			'assignments.unit',
			'assignments.due_on',
			'assignments.test',
			'assignments.released_at',
			'classes.name'
		])
		.where('class_members.learner_id', '=', learnerId)
		.where('classes.archived_at', 'is', null)
		.orderBy((eb) => eb.case().when('assignments.due_on', 'is', null).then(1).else(0).end())
		.orderBy('assignments.due_on')
		.orderBy('assignments.created_at')
		.execute();
	return rows.map((row) => ({ ...assignmentOf(row), className: row.name }));
}

export type HeldRow = { module: string; unit: string; due_on: string | null };
const heldStatements = new WeakMap<
	SQLite.Database,
	SQLite.Statement<{ learner: string; today: string }, HeldRow>
>();

/** A test set in a learner's open class whose results are still held. */
export interface HeldTest {
	module: string;
	unit: string;
	dueOn?: string;
}

export const heldTestOf = (row: HeldRow): HeldTest => ({
	module: row.module,
	unit: row.unit,
	dueOn: row.due_on ?? undefined
});

/**
 * What `heldTests` asks on SQLite, written once: `@learner` and `@today` name its parameters, so
 * that a read of several can take it in.
 */
export const heldTestsText = `select a.module, a.unit, a.due_on from assignments a
	join class_members m on m.class_id = a.class_id
	join classes c on c.id = a.class_id
	where m.learner_id = @learner and a.test = 1 and a.released_at is null
		and c.archived_at is null and (a.due_on is null or a.due_on >= @today)
	order by a.id`;

/** `heldTests` on SQLite, prepared once. */
function heldTestsNow(sqlite: SQLite.Database, learner: string, today: string): HeldTest[] {
	let statement = heldStatements.get(sqlite);
	if (!statement) {
		statement = sqlite.prepare<{ learner: string; today: string }, HeldRow>(heldTestsText);
		heldStatements.set(sqlite, statement);
	}
	return statement.all({ learner, today }).map(heldTestOf);
}

/**
 * The tests a learner's open classes have set whose results are still held on `today`
 * (YYYY-MM-DD): asked by every page and answer of a learner, so on SQLite a statement prepared
 * once.
 */
export async function heldTests(
	db: Kysely<Database>,
	learnerId: string,
	today: string
): Promise<HeldTest[]> {
	const sqlite = sqliteOf(db);
	if (sqlite) return heldTestsNow(sqlite, learnerId, today);
	const rows = await db
		.selectFrom('assignments')
		.innerJoin('class_members', 'class_members.class_id', 'assignments.class_id')
		.innerJoin('classes', 'classes.id', 'assignments.class_id')
		.select(['assignments.module', 'assignments.unit', 'assignments.due_on'])
		.where('class_members.learner_id', '=', learnerId)
		.where('assignments.test', '=', 1)
		.where('assignments.released_at', 'is', null)
		.where('classes.archived_at', 'is', null)
		.where((eb) =>
			eb.or([eb('assignments.due_on', 'is', null), eb('assignments.due_on', '>=', today)])
		)
		.orderBy('assignments.id')
		.execute();
	return rows.map(heldTestOf);
}
