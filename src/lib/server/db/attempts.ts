import type SQLite from 'better-sqlite3';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { AttemptFact } from '$lib/progress/derive';
import { heldTests } from './classes.ts';
import { sqliteOf } from './open.ts';
import type { AttemptRow, Database } from './schema.ts';

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
 * Stores one graded answer (creating the learner on first use); returns attempts so far.
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

/**
 * A group of answers in one PostgreSQL transaction, in a few statements whatever its size: lock
 * its learners (in one order, so that servers never wait on each other in a circle), store them
 * and their answers, then count each answer's attempts at its question.
 */
function postgresWriter(db: Kysely<Database>): Writer {
	const store = (attempts: NewAttempt[]) =>
		db.transaction().execute(async (trx) => {
			const now = new Date().toISOString();
			const learners = [...new Set(attempts.map((a) => a.learnerId))].sort();
			await sql`select pg_advisory_xact_lock(hashtext(id)) from (
					select 'answers:' || id as id from unnest(${learners}::text[]) as id order by id
				) as sorted`.execute(trx);
			await trx
				.insertInto('learners')
				.values(learners.map((id) => ({ id, created_at: now })))
				.onConflict((oc) => oc.column('id').doNothing())
				.execute();
			await trx
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
				.execute();
			const keyOf = (learner: string, module: string, question: string) =>
				JSON.stringify([learner, module, question]);
			const rows = await trx
				.selectFrom('attempts')
				.select(['learner_id', 'module', 'question_id', (eb) => eb.fn.countAll<number>().as('n')])
				.where('learner_id', 'in', learners)
				.where(
					'question_id',
					'in',
					attempts.map((a) => a.questionId)
				)
				.groupBy(['learner_id', 'module', 'question_id'])
				.execute();
			const totals = new Map(
				rows.map((r) => [keyOf(r.learner_id, r.module, r.question_id), Number(r.n)])
			);
			// The group's answers to one question were stored in order: the last has the total.
			const later = new Map<string, number>();
			const counts: number[] = [];
			for (let i = attempts.length - 1; i >= 0; i--) {
				const a = attempts[i]!;
				const key = keyOf(a.learnerId, a.module, a.questionId);
				counts[i] = totals.get(key)! - (later.get(key) ?? 0);
				later.set(key, (later.get(key) ?? 0) + 1);
			}
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
	const count = sqlite
		.prepare(
			'select count(*) from attempts where learner_id = ? and module = ? and question_id = ?'
		)
		.pluck();
	const store = (a: NewAttempt): number => {
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
			a.questionVersion,
			a.context,
			a.shown ? 1 : 0,
			now
		);
		return Number(count.get(a.learnerId, a.module, a.questionId));
	};
	writer = {
		one: sqlite.transaction(store),
		all: sqlite.transaction((attempts: NewAttempt[]) => attempts.map(store))
	};
	writers.set(sqlite, writer);
	return writer;
}

const versions = new WeakMap<
	SQLite.Database,
	SQLite.Statement<[string, string, string], [number, number, number, number]>
>();

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
	const [[count, last, hints, flags], tests] = await Promise.all([
		answerCounts(db, learnerId),
		heldTests(db, learnerId, today)
	]);
	const held = tests.map((t) => `${t.module}/${t.unit}/${t.dueOn ?? ''}`).join(',');
	return count + hints === 0 && !held ? '0' : `${count}.${last}.${hints}.${flags}.${held}`;
}

/** What `answerCounts` asks, written once: `$1` is the learner (SQLite takes `?` for each). */
const countsText = `select count(*) as count, coalesce(max(id), 0) as last,
		(select count(*) from hints where learner_id = $1) as hints,
		(select count(*) from flags join attempts on attempts.id = flags.attempt_id
			where attempts.learner_id = $1) as flags
	from attempts where learner_id = $1`;

/** A learner's answers (how many, the last id), hints and flags: on SQLite prepared once. */
async function answerCounts(
	db: Kysely<Database>,
	learnerId: string
): Promise<[number, number, number, number]> {
	const sqlite = sqliteOf(db);
	if (!sqlite) {
		const { rows } = await db.executeQuery<{
			count: number;
			last: number;
			hints: number;
			flags: number;
		}>(CompiledQuery.raw(countsText, [learnerId]));
		const { count, last, hints, flags } = rows[0]!;
		return [count, last, hints, flags];
	}
	let statement = versions.get(sqlite);
	if (!statement) {
		statement = sqlite
			.prepare<[string, string, string], [number, number, number, number]>(
				countsText.replace(/\$1/g, '?')
			)
			.raw();
		versions.set(sqlite, statement);
	}
	return statement.get(learnerId, learnerId, learnerId)!;
}

async function rows(
	db: Kysely<Database>,
	learnerId: string,
	module?: string
): Promise<AttemptRow[]> {
	let query = db.selectFrom('attempts').selectAll().where('learner_id', '=', learnerId);
	if (module) query = query.where('module', '=', module);
	return query.orderBy('id').execute();
}

/** Every answer of a learner as progress sees it, oldest first, grouped by module. */
export async function attemptFacts(
	db: Kysely<Database>,
	learnerId: string,
	module?: string
): Promise<Map<string, AttemptFact[]>> {
	const facts = new Map<string, AttemptFact[]>();
	for (const row of await rows(db, learnerId, module)) {
		const fact: AttemptFact = {
			questionId: row.question_id,
			earned: row.earned,
			total: row.total,
			correct: row.correct === 1,
			createdAt: row.created_at,
			context: row.context === 'review' ? 'review' : 'quiz'
		};
		facts.set(row.module, [...(facts.get(row.module) ?? []), fact]);
	}
	return facts;
}

/** The learner's latest answer to each question of a module that they answered. */
export async function latestAnswers(
	db: Kysely<Database>,
	learnerId: string,
	module: string
): Promise<Map<string, StoredAnswer>> {
	const list = await db
		.selectFrom('attempts')
		.leftJoin('flags', 'flags.attempt_id', 'attempts.id')
		.select([
			'attempts.question_id',
			'attempts.answer',
			'attempts.question_version',
			'attempts.shown',
			'attempts.created_at',
			'flags.attempt_id as flagged'
		])
		.where('attempts.learner_id', '=', learnerId)
		.where('attempts.module', '=', module)
		.orderBy('attempts.id')
		.execute();
	const latest = new Map<string, StoredAnswer>();
	for (const row of list)
		latest.set(row.question_id, {
			answer: parseJson(row.answer),
			shown: row.shown === 1,
			flagged: row.flagged !== null,
			version: row.question_version,
			attempts: (latest.get(row.question_id)?.attempts ?? 0) + 1,
			at: row.created_at
		});
	return latest;
}

/** Whether the learner answered the question on the review page since `since` (an ISO time). */
export async function reviewedSince(
	db: Kysely<Database>,
	learnerId: string,
	module: string,
	questionId: string,
	since: string
): Promise<boolean> {
	const row = await db
		.selectFrom('attempts')
		.select('id')
		.where('learner_id', '=', learnerId)
		.where('module', '=', module)
		.where('question_id', '=', questionId)
		.where('context', '=', 'review')
		.where('created_at', '>=', since)
		.executeTakeFirst();
	return row !== undefined;
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
