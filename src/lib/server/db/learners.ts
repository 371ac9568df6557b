import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { sqliteOf } from './open.ts';
import { lockLearners, rebuildQuestions } from './question-states.ts';
import type { Database } from './schema.ts';

/** What is stored about a learner besides their answers. */
export interface Learner {
	id: string;
	createdAt: string;
	reviewLoad: string;
	recoveryCode?: string;
	/** How many other browsers the recovery code has been entered on. */
	linkedBrowsers: number;
}

/** Stores a learner the server has just issued an id to, if it is not stored yet. */
export async function addLearner(db: Kysely<Database>, learnerId: string): Promise<void> {
	await db
		.insertInto('learners')
		.values({ id: learnerId, created_at: new Date().toISOString() })
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
}

const lookups = new WeakMap<SQLite.Database, SQLite.Statement<[string], unknown>>();

/**
 * Whether the server issued this learner id and still holds its learner. On SQLite a statement
 * prepared once.
 */
export async function learnerExists(db: Kysely<Database>, learnerId: string): Promise<boolean> {
	const sqlite = sqliteOf(db);
	if (sqlite) {
		let statement = lookups.get(sqlite);
		if (!statement) {
			statement = sqlite.prepare<[string], unknown>('select 1 from learners where id = ?').pluck();
			lookups.set(sqlite, statement);
		}
		return statement.get(learnerId) !== undefined;
	}
	const row = await db
		.selectFrom('learners')
		.select('id')
		.where('id', '=', learnerId)
		.executeTakeFirst();
	return row !== undefined;
}

export async function findLearner(
	db: Kysely<Database>,
	learnerId: string
): Promise<Learner | undefined> {
	const row = await db
		.selectFrom('learners')
		.selectAll()
		.where('id', '=', learnerId)
		.executeTakeFirst();
	return (
		row && {
			id: row.id,
			createdAt: row.created_at,
			reviewLoad: row.review_load,
			recoveryCode: row.recovery_code ?? undefined,
			linkedBrowsers: row.linked_browsers
		}
	);
}

/** The id of the learner a recovery code belongs to. */
export async function learnerByCode(
	db: Kysely<Database>,
	code: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('learners')
		.select('id')
		.where('recovery_code', '=', code)
		.executeTakeFirst();
	return row?.id;
}

/** Deletes a learner's attempts and the learner row itself; returns the answers deleted. */
export async function deleteLearner(db: Kysely<Database>, learnerId: string): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await lockLearners(trx, [learnerId]);
		await trx.deleteFrom('question_states').where('learner_id', '=', learnerId).execute();
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

/**
 * Moves every attempt and class of `from` to `into`, then deletes `from`; nothing is lost. The
 * state of each question `from` answered is made again from both histories together; the others
 * of `into` are as they were.
 */
export async function mergeLearner(
	db: Kysely<Database>,
	from: string,
	into: string
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await lockLearners(trx, [from, into]);
		const touched = await trx
			.selectFrom('question_states')
			.select(['module', 'question_id'])
			.where('learner_id', '=', from)
			.execute();
		const moved = await trx
			.updateTable('attempts')
			.set({ learner_id: into })
			.where('learner_id', '=', from)
			.executeTakeFirst();
		// Classes joined on either browser stay joined.
		await trx
			.insertInto('class_members')
			.columns(['class_id', 'learner_id', 'display_name', 'joined_at'])
			.expression((eb) =>
				eb
					.selectFrom('class_members')
					.select((s) => ['class_id', s.val(into).as('learner_id'), 'display_name', 'joined_at'])
					.where('learner_id', '=', from)
			)
			.onConflict((oc) => oc.columns(['class_id', 'learner_id']).doNothing())
			.execute();
		await trx.deleteFrom('question_states').where('learner_id', '=', from).execute();
		await trx.deleteFrom('learners').where('id', '=', from).execute();
		await rebuildQuestions(trx, into, touched);
		return Number(moved.numUpdatedRows);
	});
}

/** One more browser now holds this learner's progress (their recovery code was entered on it). */
export async function linkBrowser(db: Kysely<Database>, learnerId: string): Promise<void> {
	await db
		.updateTable('learners')
		.set((eb) => ({ linked_browsers: eb('linked_browsers', '+', 1) }))
		.where('id', '=', learnerId)
		.execute();
}
