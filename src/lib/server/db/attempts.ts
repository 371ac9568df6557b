import type { Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import { sqliteOf } from './open';
import type { AttemptRow, Database } from './schema';

export interface RecordAttempt {
	learnerId: string;
	module: string;
	questionId: string;
	kind: string;
	answer: unknown;
	earned: number;
	total: number;
	correct: boolean;
	contentVersion: string;
	context?: 'quiz' | 'review';
}

/**
 * Stores one graded answer (creating the learner on first use); returns attempts so far.
 *
 * Answering is the hot path, so its three statements are prepared once and run in one
 * synchronous SQLite transaction (about a third of the time of building them per call), inside
 * Kysely's connection lock so that no Kysely transaction can interleave.
 */
export async function recordAttempt(db: Kysely<Database>, attempt: RecordAttempt): Promise<number> {
	const write = writerFor(sqliteOf(db));
	return db.connection().execute(async () => write(attempt));
}

const writers = new WeakMap<SQLite.Database, (attempt: RecordAttempt) => number>();

function writerFor(sqlite: SQLite.Database) {
	let write = writers.get(sqlite);
	if (write) return write;
	const learner = sqlite.prepare(
		'insert into learners (id, created_at) values (?, ?) on conflict (id) do nothing'
	);
	const answer = sqlite.prepare(
		`insert into attempts (learner_id, module, question_id, kind, answer, earned, total, correct,
			content_version, context, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const count = sqlite
		.prepare(
			'select count(*) from attempts where learner_id = ? and module = ? and question_id = ?'
		)
		.pluck();
	write = sqlite.transaction((a: RecordAttempt): number => {
		const now = new Date().toISOString();
		learner.run(a.learnerId, now);
		answer.run(
			a.learnerId,
			a.module,
			a.questionId,
			a.kind,
			JSON.stringify(a.answer),
			a.earned,
			a.total,
			a.correct ? 1 : 0,
			a.contentVersion,
			a.context ?? 'quiz',
			now
		);
		return Number(count.get(a.learnerId, a.module, a.questionId));
	});
	writers.set(sqlite, write);
	return write;
}

const versions = new WeakMap<SQLite.Database, SQLite.Statement<[string], [number, number]>>();

/**
 * A short string that changes whenever a learner's answers change: a new answer raises the
 * last id, and a merge or a delete changes the count. "0" for a learner with no answers.
 */
export async function answersVersion(db: Kysely<Database>, learnerId: string): Promise<string> {
	const sqlite = sqliteOf(db);
	let statement = versions.get(sqlite);
	if (!statement) {
		statement = sqlite
			.prepare<[string], [number, number]>(
				'select count(*), coalesce(max(id), 0) from attempts where learner_id = ?'
			)
			.raw();
		versions.set(sqlite, statement);
	}
	const [count, last] = statement.get(learnerId)!;
	return count === 0 ? '0' : `${count}.${last}`;
}

/** Every attempt of a learner, oldest first; in one module when `module` is given. */
export async function listAttempts(
	db: Kysely<Database>,
	learnerId: string,
	module?: string
): Promise<AttemptRow[]> {
	let query = db.selectFrom('attempts').selectAll().where('learner_id', '=', learnerId);
	if (module) query = query.where('module', '=', module);
	return query.orderBy('id').execute();
}

export async function findLearner(db: Kysely<Database>, learnerId: string) {
	return db.selectFrom('learners').selectAll().where('id', '=', learnerId).executeTakeFirst();
}

/** Deletes a learner's attempts and the learner row itself. */
export async function deleteLearner(db: Kysely<Database>, learnerId: string): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const result = await trx
			.deleteFrom('attempts')
			.where('learner_id', '=', learnerId)
			.executeTakeFirst();
		await trx.deleteFrom('learners').where('id', '=', learnerId).execute();
		return Number(result.numDeletedRows);
	});
}

export async function setReviewLoad(db: Kysely<Database>, learnerId: string, load: string) {
	await db
		.insertInto('learners')
		.values({
			id: learnerId,
			created_at: new Date().toISOString(),
			review_load: load,
			recovery_code: null
		})
		.onConflict((oc) => oc.column('id').doUpdateSet({ review_load: load }))
		.execute();
}

/** The learner's recovery code, minted by `mint` on first request and kept from then on. */
export async function recoveryCode(
	db: Kysely<Database>,
	learnerId: string,
	mint: () => string
): Promise<string> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('learners')
			.select('recovery_code')
			.where('id', '=', learnerId)
			.executeTakeFirst();
		if (row?.recovery_code) return row.recovery_code;
		const code = mint();
		await trx
			.insertInto('learners')
			.values({ id: learnerId, created_at: new Date().toISOString(), recovery_code: code })
			.onConflict((oc) => oc.column('id').doUpdateSet({ recovery_code: code }))
			.execute();
		return code;
	});
}

export async function findLearnerByCode(db: Kysely<Database>, code: string) {
	return db.selectFrom('learners').selectAll().where('recovery_code', '=', code).executeTakeFirst();
}

/** Moves every attempt of `from` to `into`, then deletes `from`; nothing is lost. */
export async function mergeLearner(
	db: Kysely<Database>,
	from: string,
	into: string
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const moved = await trx
			.updateTable('attempts')
			.set({ learner_id: into })
			.where('learner_id', '=', from)
			.executeTakeFirst();
		await trx.deleteFrom('learners').where('id', '=', from).execute();
		return Number(moved.numUpdatedRows);
	});
}

export async function countAttempts(db: Kysely<Database>, learnerId: string): Promise<number> {
	const { count } = await db
		.selectFrom('attempts')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('learner_id', '=', learnerId)
		.executeTakeFirstOrThrow();
	return Number(count);
}
