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
}

/** Stores one graded answer (creating the learner on first use); returns attempts so far. */
export async function recordAttempt(db: Kysely<Database>, attempt: RecordAttempt): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await trx
			.insertInto('learners')
			.values({ id: attempt.learnerId, created_at: new Date().toISOString() })
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
