import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AttemptFact } from '$lib/progress/derive';
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
 * Answering is the hot path, so its three statements are prepared once and run in one
 * synchronous SQLite transaction (about a third of the time of building them per call), inside
 * Kysely's connection lock so that no Kysely transaction can interleave.
 */
export async function recordAttempt(db: Kysely<Database>, attempt: NewAttempt): Promise<number> {
	const write = writerFor(sqliteOf(db));
	return db.connection().execute(async () => write(attempt));
}

const writers = new WeakMap<SQLite.Database, (attempt: NewAttempt) => number>();

function writerFor(sqlite: SQLite.Database) {
	let write = writers.get(sqlite);
	if (write) return write;
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
	write = sqlite.transaction((a: NewAttempt): number => {
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
	});
	writers.set(sqlite, write);
	return write;
}

const versions = new WeakMap<
	SQLite.Database,
	SQLite.Statement<[string, string, string], [number, number, number, number]>
>();

/**
 * A short string that changes whenever what a learner's pages show changes: a new answer raises
 * the last id, a merge or a delete changes the count, and a hint or a flag adds to theirs. "0"
 * for a learner with nothing stored.
 */
export async function answersVersion(db: Kysely<Database>, learnerId: string): Promise<string> {
	const sqlite = sqliteOf(db);
	let statement = versions.get(sqlite);
	if (!statement) {
		statement = sqlite
			.prepare<[string, string, string], [number, number, number, number]>(
				`select count(*), coalesce(max(id), 0),
					(select count(*) from hints where learner_id = ?),
					(select count(*) from flags join attempts on attempts.id = flags.attempt_id
						where attempts.learner_id = ?)
				from attempts where learner_id = ?`
			)
			.raw();
		versions.set(sqlite, statement);
	}
	const [count, last, hints, flags] = statement.get(learnerId, learnerId, learnerId)!;
	return count + hints === 0 ? '0' : `${count}.${last}.${hints}.${flags}`;
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
