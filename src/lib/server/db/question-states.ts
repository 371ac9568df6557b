import { sql, type Kysely } from 'kysely';
import { statesOf, type AnswerFact, type QuestionState } from '../../progress/state.ts';
import { isPostgres } from './dialect.ts';
import type { Database } from './schema.ts';

/*
 * The state of each question a learner answered (see $lib/progress/state), kept beside the answers
 * so that a page reads one row per question, however many answers lie behind it. The answer
 * writer (attempts.ts) updates it in the transaction that stores each answer; what moves or
 * deletes answers rebuilds it (`rebuildStates`).
 */

/** The state of each question a learner answered, by module, then by question. */
export async function questionStates(
	db: Kysely<Database>,
	learnerId: string,
	module?: string
): Promise<Map<string, Map<string, QuestionState>>> {
	let query = db
		.selectFrom('question_states')
		.select(['module', 'state'])
		.where('learner_id', '=', learnerId);
	if (module) query = query.where('module', '=', module);
	const byModule = new Map<string, Map<string, QuestionState>>();
	for (const row of await query.orderBy('latest_id').execute()) {
		const state = JSON.parse(row.state) as QuestionState;
		const states = byModule.get(row.module) ?? new Map<string, QuestionState>();
		states.set(state.questionId, state);
		byModule.set(row.module, states);
	}
	return byModule;
}

/**
 * Every answer of a learner as progress sees it, oldest first, grouped by module: in one module,
 * and to some of its questions only, when asked.
 */
export async function answerFacts(
	db: Kysely<Database>,
	learnerId: string,
	module?: string,
	questionIds?: string[]
): Promise<Map<string, AnswerFact[]>> {
	let query = db
		.selectFrom('attempts')
		.select(['id', 'module', 'question_id', 'earned', 'total', 'correct', 'created_at', 'context'])
		.where('learner_id', '=', learnerId);
	if (module) query = query.where('module', '=', module);
	if (questionIds) query = query.where('question_id', 'in', questionIds);
	const facts = new Map<string, AnswerFact[]>();
	for (const row of await query.orderBy('id').execute()) {
		const list = facts.get(row.module) ?? [];
		list.push({
			id: row.id,
			questionId: row.question_id,
			earned: row.earned,
			total: row.total,
			correct: row.correct === 1,
			createdAt: row.created_at,
			context: row.context === 'review' ? 'review' : 'quiz'
		});
		facts.set(row.module, list);
	}
	return facts;
}

/**
 * Holds the learners' answers still until the transaction ends, on PostgreSQL, where servers
 * sharing the database may write for the same learner at once (SQLite has one writer). Taken in
 * one order, so that two transactions never wait on each other in a circle.
 */
export async function lockLearners(trx: Kysely<Database>, learnerIds: string[]): Promise<void> {
	if (!isPostgres(trx) || learnerIds.length === 0) return;
	const ids = [...new Set(learnerIds)].sort();
	await sql`select pg_advisory_xact_lock(hashtext(id)) from (
			select 'answers:' || id as id from unnest(${ids}::text[]) as id order by id
		) as sorted`.execute(trx);
}

/** Writes states as they now are, replacing what was stored for the same questions. */
export async function writeStates(
	trx: Kysely<Database>,
	rows: { learnerId: string; module: string; state: QuestionState }[]
): Promise<void> {
	// A few hundred rows a statement keeps within both databases' limits on parameters.
	for (let i = 0; i < rows.length; i += 200)
		await trx
			.insertInto('question_states')
			.values(
				rows.slice(i, i + 200).map(({ learnerId, module, state }) => ({
					learner_id: learnerId,
					module,
					question_id: state.questionId,
					latest_id: state.latest.id,
					attempts: state.attempts,
					state: JSON.stringify(state)
				}))
			)
			.onConflict((oc) =>
				oc.columns(['learner_id', 'module', 'question_id']).doUpdateSet((eb) => ({
					latest_id: eb.ref('excluded.latest_id'),
					attempts: eb.ref('excluded.attempts'),
					state: eb.ref('excluded.state')
				}))
			)
			.execute();
}

/**
 * Makes the learners' question states again from all their stored answers, when the table is
 * first made. Call inside a transaction.
 */
export async function rebuildStates(trx: Kysely<Database>, learnerIds: string[]): Promise<void> {
	await lockLearners(trx, learnerIds);
	for (const learnerId of learnerIds) {
		await trx.deleteFrom('question_states').where('learner_id', '=', learnerId).execute();
		const rows = [...(await answerFacts(trx, learnerId))].flatMap(([module, answers]) =>
			[...statesOf(answers).values()].map((state) => ({ learnerId, module, state }))
		);
		await writeStates(trx, rows);
	}
}

/**
 * Makes the states of some of a learner's questions again from their stored answers: those that
 * answers moved to them from another learner touch. Call inside a transaction.
 */
export async function rebuildQuestions(
	trx: Kysely<Database>,
	learnerId: string,
	questions: { module: string; question_id: string }[]
): Promise<void> {
	await lockLearners(trx, [learnerId]);
	const byModule = new Map<string, string[]>();
	for (const q of questions)
		byModule.set(q.module, [...(byModule.get(q.module) ?? []), q.question_id]);
	for (const [module, ids] of byModule) {
		const answers = (await answerFacts(trx, learnerId, module, ids)).get(module) ?? [];
		await writeStates(
			trx,
			[...statesOf(answers).values()].map((state) => ({ learnerId, module, state }))
		);
	}
}
