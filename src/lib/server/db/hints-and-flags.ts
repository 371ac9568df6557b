import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/*
 * What a learner does beside answering: asking for a hint, and saying they think an answer
 * marked wrong was right. Both are kept for the learner's download and for teachers.
 */

/**
 * Marks the learner's latest answer to a question as one they think was right; false when they
 * have not answered it.
 */
export async function flagLatest(
	db: Kysely<Database>,
	learnerId: string,
	module: string,
	questionId: string
): Promise<boolean> {
	const latest = await db
		.selectFrom('question_states')
		.select('latest_id')
		.where('learner_id', '=', learnerId)
		.where('module', '=', module)
		.where('question_id', '=', questionId)
		.executeTakeFirst();
	if (!latest) return false;
	await db
		.insertInto('flags')
		.values({ attempt_id: latest.latest_id, created_at: new Date().toISOString() })
		.onConflict((oc) => oc.column('attempt_id').doNothing())
		.execute();
	return true;
}

/** Records that the learner asked for a question's hint (once). */
export async function recordHint(
	db: Kysely<Database>,
	learnerId: string,
	module: string,
	questionId: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const now = new Date().toISOString();
		await trx
			.insertInto('learners')
			.values({ id: learnerId, created_at: now, recovery_code: null })
			.onConflict((oc) => oc.column('id').doNothing())
			.execute();
		await trx
			.insertInto('hints')
			.values({ learner_id: learnerId, module, question_id: questionId, created_at: now })
			.onConflict((oc) => oc.columns(['learner_id', 'module', 'question_id']).doNothing())
			.execute();
	});
}

/** The questions of a module whose hint the learner has asked for. */
export async function hintsUsed(db: Kysely<Database>, learnerId: string, module: string) {
	const rows = await db
		.selectFrom('hints')
		.select('question_id')
		.where('learner_id', '=', learnerId)
		.where('module', '=', module)
		.execute();
	return new Set(rows.map((row) => row.question_id));
}
