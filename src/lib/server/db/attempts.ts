import type SQLite from 'better-sqlite3';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { nextState, type AnswerFact, type QuestionState } from '../../progress/state.ts';
import { heldTestOf, heldTests, heldTestsText, type HeldTest } from './classes.ts';
import { learnerExists } from './learners.ts';
import { sqliteOf } from './open.ts';
import { lockLearners, writeStates } from './question-states.ts';
import type { Database } from './schema.ts';

/** A graded answer to store. */
export interface NewAttempt {
	learnerId: string;
	module: string;
	questionId: string;
	kind: string;
	answer: unknown;
	earned: number;
	total: number;
	correct: boolean;
	contentVersion: string;
	questionVersion: string;
	context: 'quiz' | 'review';
	/** The learner asked to be shown the answer instead of giving one (`answer` is null). */
	shown?: boolean;
}

/** A learner's latest answer to a question, as stored, with how often they answered it. */
export interface StoredAnswer {
	/** Parsed from storage; checked against the question before it is shown. */
	answer: unknown;
	/** The learner asked to be shown the answer instead. */
	shown: boolean;
	/** The learner said they think this answer was right. */
	flagged: boolean;
	/** The question's version when answered; null for answers stored before versions were kept. */
	version: string | null;
	attempts: number;
	at: string;
}

/**
 * Stores one graded answer (creating the learner on first use) and brings the state of its
 * question up to date (./question-states.ts); returns attempts so far.
 *
 * Answering is the hot path. The answers that arrive while one is being stored are stored
 * together: every answer waiting when the event loop comes round is written in one transaction
 * (group commit). On SQLite that transaction is synchronous, with statements prepared once, inside
 * Kysely's connection lock so that no Kysely transaction can interleave; on PostgreSQL it first
 * locks each learner it writes for, so that servers sharing the database count a learner's
 * attempts in turn. Each caller still resolves only once its own answer is committed. When a group
 * fails, its answers are stored one by one, so that one bad answer fails alone.
 */
export function recordAttempt(db: Kysely<Database>, attempt: NewAttempt): Promise<number> {
	let group = groups.get(db);
	if (!group) {
		group = [];
		groups.set(db, group);
		const pending = group;
		setImmediate(() => {
			groups.delete(db);
			const sqlite = sqliteOf(db);
			(sqlite
				? db.connection().execute(async () => commit(writerFor(sqlite), pending))
				: commit(postgresWriter(db), pending)
			).catch((error: unknown) => {
				for (const waiting of pending) waiting.reject(error);
			});
		});
	}
	return new Promise((resolve, reject) => group.push({ attempt, resolve, reject }));
}

interface Waiting {
	attempt: NewAttempt;
	resolve: (attempts: number) => void;
	reject: (error: unknown) => void;
}

/** Answers waiting to be stored together, per database. */
const groups = new WeakMap<Kysely<Database>, Waiting[]>();

async function commit(writer: Writer, group: Waiting[]): Promise<void> {
	let counts: number[] | undefined;
	try {
		counts = await writer.all(group.map((waiting) => waiting.attempt));
	} catch {
		// Fall through: one by one, so that only the answer at fault fails.
	}
	for (const [i, waiting] of group.entries()) {
		if (counts) {
			waiting.resolve(counts[i]!);
			continue;
		}
		try {
			waiting.resolve(await writer.one(waiting.attempt));
		} catch (error) {
			waiting.reject(error);
		}
	}
}

interface Writer {
	one: (attempt: NewAttempt) => number | Promise<number>;
	all: (attempts: NewAttempt[]) => number[] | Promise<number[]>;
}

/** The fact a state is moved on by: the answer as stored, with its id and time. */
const factOf = (a: NewAttempt, id: number, createdAt: string): AnswerFact => ({
	id,
	questionId: a.questionId,
	earned: a.earned,
	total: a.total,
	correct: a.correct,
	createdAt,
	context: a.context
});

/**
 * A group of answers in one PostgreSQL transaction, in three statements whatever its size: lock
 * its learners; store them and their answers and read the states of the questions answered, in
 * one; then, each state moved on by its answers in turn, write the states back.
 */
function postgresWriter(db: Kysely<Database>): Writer {
	const store = (attempts: NewAttempt[]) =>
		db.transaction().execute(async (trx) => {
			const now = new Date().toISOString();
			const learners = [...new Set(attempts.map((a) => a.learnerId))];
			await lockLearners(trx, learners);
			const read = await trx
				.with('new_learners', (q) =>
					q
						.insertInto('learners')
						.values(learners.map((id) => ({ id, created_at: now })))
						.onConflict((oc) => oc.column('id').doNothing())
						.returning('id')
				)
				.with('new_attempts', (q) =>
					q
						.insertInto('attempts')
						.values(
							attempts.map((a) => ({
								learner_id: a.learnerId,
								module: a.module,
								question_id: a.questionId,
								kind: a.kind,
								answer: JSON.stringify(a.answer),
								earned: a.earned,
								total: a.total,
								correct: a.correct ? 1 : 0,
								content_version: a.contentVersion,
								question_version: a.questionVersion,
								context: a.context,
								shown: a.shown ? 1 : 0,
								created_at: now
							}))
						)
						.returning('id')
				)
				.selectNoFrom((eb) => [
					// Ids are drawn in the order the rows were listed.
					eb
						.selectFrom('new_attempts')
						.select(sql<number[]>`json_agg(id order by id)`.as('ids'))
						.as('ids'),
					eb
						.selectFrom('question_states')
						.select(
							sql<
								[string, string, string, string][] | null
							>`json_agg(json_build_array(learner_id, module, question_id, state))`.as('states')
						)
						.where('learner_id', 'in', learners)
						.where(
							'question_id',
							'in',
							attempts.map((a) => a.questionId)
						)
						.as('states')
				])
				.executeTakeFirstOrThrow();
			const ids = read.ids ?? [];
			const keyOf = (learner: string, module: string, question: string) =>
				JSON.stringify([learner, module, question]);
			const states = new Map(
				(read.states ?? []).map(([learnerId, module, questionId, state]) => [
					keyOf(learnerId, module, questionId),
					{ learnerId, module, state: JSON.parse(state) as QuestionState }
				])
			);
			const counts = attempts.map((a, i) => {
				const key = keyOf(a.learnerId, a.module, a.questionId);
				const state = nextState(states.get(key)?.state, factOf(a, ids[i]!, now));
				states.set(key, { learnerId: a.learnerId, module: a.module, state });
				return state.attempts;
			});
			await writeStates(trx, [...states.values()]);
			return counts;
		});
	return { all: store, one: async (attempt) => (await store([attempt]))[0]! };
}

const writers = new WeakMap<SQLite.Database, Writer>();

function writerFor(sqlite: SQLite.Database): Writer {
	let writer = writers.get(sqlite);
	if (writer) return writer;
	const learner = sqlite.prepare(
		'insert into learners (id, created_at) values (?, ?) on conflict (id) do nothing'
	);
	const answer = sqlite.prepare(
		`insert into attempts (learner_id, module, question_id, kind, answer, earned, total, correct,
			content_version, question_version, context, shown, created_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const readState = sqlite
		.prepare<[string, string, string], string>(
			'select state from question_states where learner_id = ? and module = ? and question_id = ?'
		)
		.pluck();
	const writeState = sqlite.prepare(
		`insert into question_states (learner_id, module, question_id, latest_id, attempts, state)
			values (?, ?, ?, ?, ?, ?)
			on conflict (learner_id, module, question_id) do update
			set latest_id = excluded.latest_id, attempts = excluded.attempts, state = excluded.state`
	);
	const store = (a: NewAttempt): number => {
		const now = new Date().toISOString();
		learner.run(a.learnerId, now);
		const { lastInsertRowid } = answer.run(
			a.learnerId,
			a.module,
			a.questionId,
			a.kind,
			JSON.stringify(a.answer),
			a.earned,
			a.total,
			a.correct ? 1 : 0,
			a.contentVersion,
			a.questionVersion,
			a.context,
			a.shown ? 1 : 0,
			now
		);
		const before = readState.get(a.learnerId, a.module, a.questionId);
		const state = nextState(
			before === undefined ? undefined : (JSON.parse(before) as QuestionState),
			factOf(a, Number(lastInsertRowid), now)
		);
		writeState.run(
			a.learnerId,
			a.module,
			a.questionId,
			state.latest.id,
			state.attempts,
			JSON.stringify(state)
		);
		return state.attempts;
	};
	writer = {
		one: sqlite.transaction(store),
		all: sqlite.transaction((attempts: NewAttempt[]) => attempts.map(store))
	};
	writers.set(sqlite, writer);
	return writer;
}

type Counts = [count: number, last: number, hints: number, flags: number];
const versions = new WeakMap<SQLite.Database, SQLite.Statement<{ learner: string }, Counts>>();

/**
 * A short string that changes whenever what a learner's pages show changes: a new answer raises
 * the last id, a merge or a delete changes the count, a hint or a flag adds to theirs, and the
 * tests that hold back their results (`heldTests`) are listed. "0" for a learner with nothing
 * stored and nothing held.
 */
export async function answersVersion(
	db: Kysely<Database>,
	learnerId: string,
	today = new Date().toISOString().slice(0, 10)
): Promise<string> {
	const [counts, tests] = await Promise.all([
		answerCounts(db, learnerId),
		heldTests(db, learnerId, today)
	]);
	return versionOf(counts, tests);
}

function versionOf([count, last, hints, flags]: Counts, tests: HeldTest[]): string {
	const held = tests.map((t) => `${t.module}/${t.unit}/${t.dueOn ?? ''}`).join(',');
	return count + hints === 0 && !held ? '0' : `${count}.${last}.${hints}.${flags}.${held}`;
}

/** What the server reads about a learner on each of their requests, before anything else. */
export interface LearnerAtRequest {
	/** Their pages' version (`answersVersion`). */
	version: string;
	/** The tests that hold back their results (`heldTests`). */
	held: HeldTest[];
}

/**
 * Whether the server holds this learner (undefined when not) and, when it does, what every page
 * and answer of theirs needs to know. On SQLite one statement prepared once, which costs about
 * half of the three statements read apart: each read of its own starts a read of the database.
 */
export async function learnerAtRequest(
	db: Kysely<Database>,
	learnerId: string,
	today = new Date().toISOString().slice(0, 10)
): Promise<LearnerAtRequest | undefined> {
	const sqlite = sqliteOf(db);
	if (sqlite) {
		let statement = atRequest.get(sqlite);
		if (!statement) {
			statement = sqlite
				.prepare<{ learner: string; today: string }, AtRequestRow>(atRequestText)
				.raw();
			atRequest.set(sqlite, statement);
		}
		const [present, count, last, hints, flags, heldJson] = statement.get({
			learner: learnerId,
			today
		})!;
		if (present === null) return undefined;
		const held = (JSON.parse(heldJson) as [string, string, string | null][]).map(
			([module, unit, due_on]) => heldTestOf({ module, unit, due_on })
		);
		return { version: versionOf([count, last, hints, flags], held), held };
	}
	const [exists, counts, held] = await Promise.all([
		learnerExists(db, learnerId),
		answerCounts(db, learnerId),
		heldTests(db, learnerId, today)
	]);
	return exists ? { version: versionOf(counts, held), held } : undefined;
}

/**
 * What `answerCounts` asks, written once: `$1` is the learner (SQLite takes `@learner`). It reads
 * the question states, one row per question answered, not the answers behind them; a flag is only
 * ever set on a latest answer.
 */
const countsText = `select coalesce(sum(s.attempts), 0) as count, coalesce(max(s.latest_id), 0) as last,
		(select count(*) from hints where learner_id = $1) as hints,
		count(flags.attempt_id) as flags
	from question_states s left join flags on flags.attempt_id = s.latest_id
	where s.learner_id = $1`;
const countsOnSqlite = countsText.replace(/\$1/g, '@learner');

type AtRequestRow = [present: 1 | null, ...Counts, held: string];
const atRequestText = `select (select 1 from learners where id = @learner) as present,
		counts.count, counts.last, counts.hints, counts.flags,
		(select json_group_array(json_array(held.module, held.unit, held.due_on))
			from (${heldTestsText}) held) as held
	from (${countsOnSqlite}) counts`;
const atRequest = new WeakMap<
	SQLite.Database,
	SQLite.Statement<{ learner: string; today: string }, AtRequestRow>
>();

/** A learner's answers (how many, the last id), hints and flags. */
async function answerCounts(db: Kysely<Database>, learnerId: string): Promise<Counts> {
	const sqlite = sqliteOf(db);
	if (sqlite) return answerCountsNow(sqlite, learnerId);
	const { rows } = await db.executeQuery<{
		count: number;
		last: number;
		hints: number;
		flags: number;
	}>(CompiledQuery.raw(countsText, [learnerId]));
	const { count, last, hints, flags } = rows[0]!;
	return [count, last, hints, flags];
}

/** `answerCounts` on SQLite, prepared once. */
function answerCountsNow(sqlite: SQLite.Database, learner: string): Counts {
	let statement = versions.get(sqlite);
	if (!statement) {
		statement = sqlite.prepare<{ learner: string }, Counts>(countsOnSqlite).raw();
		versions.set(sqlite, statement);
	}
	return statement.get({ learner })!;
}

/** The learner's latest answer to each question of a module that they answered. */
export async function latestAnswers(
	db: Kysely<Database>,
	learnerId: string,
	module: string
): Promise<Map<string, StoredAnswer>> {
	const list = await db
		.selectFrom('question_states')
		.innerJoin('attempts', 'attempts.id', 'question_states.latest_id')
		.leftJoin('flags', 'flags.attempt_id', 'attempts.id')
		.select([
			'question_states.state',
			'attempts.answer',
			'attempts.question_version',
			'attempts.shown',
			'attempts.created_at',
			'flags.attempt_id as flagged'
		])
		.where('question_states.learner_id', '=', learnerId)
		.where('question_states.module', '=', module)
		.execute();
	return new Map(
		list.map((row) => {
			const state = JSON.parse(row.state) as QuestionState;
			return [
				state.questionId,
				{
					answer: parseJson(row.answer),
					shown: row.shown === 1,
					flagged: row.flagged !== null,
					version: row.question_version,
					attempts: state.attempts,
					at: row.created_at
				}
			];
		})
	);
}

/** Whether the learner answered the question on the review page on `day` (YYYY-MM-DD, UTC). */
export async function reviewedOn(
	db: Kysely<Database>,
	learnerId: string,
	module: string,
	questionId: string,
	day: string
): Promise<boolean> {
	const row = await db
		.selectFrom('question_states')
		.select('state')
		.where('learner_id', '=', learnerId)
		.where('module', '=', module)
		.where('question_id', '=', questionId)
		.executeTakeFirst();
	return row !== undefined && (JSON.parse(row.state) as QuestionState).reviewDay === day;
}

export async function countAttempts(db: Kysely<Database>, learnerId: string): Promise<number> {
	const { count } = await db
		.selectFrom('attempts')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('learner_id', '=', learnerId)
		.executeTakeFirstOrThrow();
	return Number(count);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
