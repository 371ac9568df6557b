import type { Kysely } from 'kysely';
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

/** Stores one graded answer (creating the learner on first use); returns attempts so far. */
export async function recordAttempt(db: Kysely<Database>, attempt: RecordAttempt): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await trx
			.insertInto('learners')
			.values({ id: attempt.learnerId, created_at: new Date().toISOString(), recovery_code: null })
			.onConflict((oc) => oc.column('id').doNothing())
			.execute();
		await trx
			.insertInto('attempts')
			.values({
				learner_id: attempt.learnerId,
				module: attempt.module,
				question_id: attempt.questionId,
				kind: attempt.kind,
				answer: JSON.stringify(attempt.answer),
				earned: attempt.earned,
				total: attempt.total,
				correct: attempt.correct ? 1 : 0,
				content_version: attempt.contentVersion,
				context: attempt.context ?? 'quiz',
				created_at: new Date().toISOString()
			})
			.execute();
		const { count } = await trx
			.selectFrom('attempts')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.where('learner_id', '=', attempt.learnerId)
			.where('module', '=', attempt.module)
			.where('question_id', '=', attempt.questionId)
			.executeTakeFirstOrThrow();
		return Number(count);
	});
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
