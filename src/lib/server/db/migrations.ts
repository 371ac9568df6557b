import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect';
import { rebuildStates } from './question-states.ts';
import type { Database } from './schema.ts';
import legacy from './legacy-questions.json' with { type: 'json' };

/**
 * Ordered by name; each runs once, in a transaction, when the database is opened. Never edit a
 * migration that has shipped: add a new one. The same migrations make the SQLite and the
 * PostgreSQL schema; where the two must differ (an id counter, a default time, 8-byte integers,
 * better-auth's booleans and times) a migration asks `isPostgres`.
 */
export const migrations: Record<string, Migration> = {
	'0001-learners-and-attempts': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('learners')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('created_at', 'text', (col) => col.notNull())
				.execute();
			await db.schema
				.createTable('attempts')
				.addColumn('id', isPostgres(db) ? 'serial' : 'integer', (col) =>
					isPostgres(db) ? col.primaryKey() : col.primaryKey().autoIncrement()
				)
				.addColumn('learner_id', 'text', (col) =>
					col.notNull().references('learners.id').onDelete('cascade')
				)
				.addColumn('module', 'text', (col) => col.notNull())
				.addColumn('question_id', 'text', (col) => col.notNull())
				.addColumn('kind', 'text', (col) => col.notNull())
				.addColumn('answer', 'text', (col) => col.notNull())
				.addColumn('earned', 'integer', (col) => col.notNull())
				.addColumn('total', 'integer', (col) => col.notNull())
				.addColumn('correct', 'integer', (col) => col.notNull())
				.addColumn('content_version', 'text', (col) => col.notNull())
				.addColumn('created_at', 'text', (col) =>
					col
						.notNull()
						.defaultTo(
							isPostgres(db)
								? sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
								: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`
						)
				)
				.execute();
			await db.schema
				.createIndex('attempts_by_learner')
				.on('attempts')
				.columns(['learner_id', 'module', 'id'])
				.execute();
		}
	},
	'0002-review-and-recovery': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('attempts')
				.addColumn('context', 'text', (col) => col.notNull().defaultTo('quiz'))
				.execute();
			await db.schema
				.alterTable('learners')
				.addColumn('review_load', 'text', (col) => col.notNull().defaultTo('normal'))
				.execute();
			await db.schema.alterTable('learners').addColumn('recovery_code', 'text').execute();
			await db.schema
				.createIndex('learners_by_recovery_code')
				.unique()
				.on('learners')
				.column('recovery_code')
				.execute();
		}
	},
	'0003-attempts-by-question': {
		async up(db: Kysely<unknown>) {
			// Every answer counts the learner's earlier attempts at the same question.
			await db.schema
				.createIndex('attempts_by_question')
				.on('attempts')
				.columns(['learner_id', 'module', 'question_id'])
				.execute();
		}
	},
	'0004-stable-choice-ids': {
		/**
		 * Choice options were named by position (o1, o2, ...) and are now named from their text, so
		 * that reordering options cannot change what a stored answer says. Stored answers are
		 * renamed by the options as they stood when positions were their names; every stored
		 * answer gets the version of the question it was given to, so that a page can tell when a
		 * question has changed since.
		 */
		async up(db: Kysely<unknown>) {
			await db.schema.alterTable('attempts').addColumn('question_version', 'text').execute();
			const trx = db as Kysely<LegacyAttempts>;
			const rows = await trx
				.selectFrom('attempts')
				.select(['id', 'question_id', 'answer'])
				.execute();
			const questions = legacy as Record<string, { version: string; options?: string[] }>;
			for (const row of rows) {
				const question = questions[row.question_id];
				if (!question) continue;
				await trx
					.updateTable('attempts')
					.set({
						answer: renameChoices(row.answer, question.options),
						question_version: question.version
					})
					.where('id', '=', row.id)
					.execute();
			}
		}
	},
	'0005-settings': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('settings')
				.addColumn('key', 'text', (col) => col.primaryKey())
				.addColumn('value', 'text', (col) => col.notNull())
				.execute();
		}
	},
	'0006-shown-hints-flags': {
		async up(db: Kysely<unknown>) {
			// 1 when the learner asked to be shown the answer instead of giving one.
			await db.schema
				.alterTable('attempts')
				.addColumn('shown', 'integer', (col) => col.notNull().defaultTo(0))
				.execute();
			await db.schema
				.createTable('hints')
				.addColumn('learner_id', 'text', (col) =>
					col.notNull().references('learners.id').onDelete('cascade')
				)
				.addColumn('module', 'text', (col) => col.notNull())
				.addColumn('question_id', 'text', (col) => col.notNull())
				.addColumn('created_at', 'text', (col) => col.notNull())
				.addPrimaryKeyConstraint('hints_key', ['learner_id', 'module', 'question_id'])
				.execute();
			await db.schema
				.createTable('flags')
				.addColumn('attempt_id', 'integer', (col) =>
					col.primaryKey().references('attempts.id').onDelete('cascade')
				)
				.addColumn('created_at', 'text', (col) => col.notNull())
				.execute();
		}
	},
	'0007-shared-computers': {
		async up(db: Kysely<unknown>) {
			// How many other browsers a learner's recovery code has been entered on.
			await db.schema
				.alterTable('learners')
				.addColumn('linked_browsers', 'integer', (col) => col.notNull().defaultTo(0))
				.execute();
			// Failed tries (a wrong recovery code, join code or password): one row per client and
			// thing tried, with the last time it was tried.
			await db.schema
				.createTable('failed_tries')
				.addColumn('client', 'text', (col) => col.notNull())
				.addColumn('tried', 'text', (col) => col.notNull())
				.addColumn('at', isPostgres(db) ? 'bigint' : 'integer', (col) => col.notNull())
				.addPrimaryKeyConstraint('failed_tries_pk', ['client', 'tried'])
				.execute();
			await db.schema.createIndex('failed_tries_by_time').on('failed_tries').column('at').execute();
		}
	},
	'0008-teachers-and-classes': {
		async up(db: Kysely<unknown>) {
			// Teachers' accounts, as better-auth reads and writes them (src/lib/server/identity/teacher.ts
			// names these tables and columns for it). Times are ISO strings.
			// better-auth writes booleans and times as the database's own types on PostgreSQL, as 0/1
			// and ISO strings on SQLite.
			const time = (col: ColumnDefinitionBuilder) => col.notNull();
			const stamp = isPostgres(db) ? 'timestamptz' : 'text';
			const flag = isPostgres(db) ? 'boolean' : 'integer';
			await db.schema
				.createTable('teachers')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('name', 'text', (col) => col.notNull())
				.addColumn('email', 'text', (col) => col.notNull().unique())
				.addColumn('email_verified', flag, (col) => col.notNull())
				.addColumn('image', 'text')
				.addColumn('created_at', stamp, time)
				.addColumn('updated_at', stamp, time)
				.execute();
			await db.schema
				.createTable('teacher_sessions')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('expires_at', stamp, time)
				.addColumn('token', 'text', (col) => col.notNull().unique())
				.addColumn('created_at', stamp, time)
				.addColumn('updated_at', stamp, time)
				.addColumn('ip_address', 'text')
				.addColumn('user_agent', 'text')
				.addColumn('teacher_id', 'text', (col) =>
					col.notNull().references('teachers.id').onDelete('cascade')
				)
				.execute();
			await db.schema
				.createIndex('teacher_sessions_by_teacher')
				.on('teacher_sessions')
				.column('teacher_id')
				.execute();
			await db.schema
				.createTable('teacher_accounts')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('account_id', 'text', (col) => col.notNull())
				.addColumn('provider_id', 'text', (col) => col.notNull())
				.addColumn('teacher_id', 'text', (col) =>
					col.notNull().references('teachers.id').onDelete('cascade')
				)
				.addColumn('access_token', 'text')
				.addColumn('refresh_token', 'text')
				.addColumn('id_token', 'text')
				.addColumn('access_token_expires_at', stamp)
				.addColumn('refresh_token_expires_at', stamp)
				.addColumn('scope', 'text')
				.addColumn('password', 'text')
				.addColumn('created_at', stamp, time)
				.addColumn('updated_at', stamp, time)
				.execute();
			await db.schema
				.createIndex('teacher_accounts_by_teacher')
				.on('teacher_accounts')
				.column('teacher_id')
				.execute();
			await db.schema
				.createTable('auth_verifications')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('identifier', 'text', (col) => col.notNull())
				.addColumn('value', 'text', (col) => col.notNull())
				.addColumn('expires_at', stamp, time)
				.addColumn('created_at', stamp, time)
				.addColumn('updated_at', stamp, time)
				.execute();
			// An invitation to make a teacher's account (or set a new password), made from the
			// command line; only a hash of its token is kept.
			await db.schema
				.createTable('teacher_invites')
				.addColumn('token_hash', 'text', (col) => col.primaryKey())
				.addColumn('email', 'text', (col) => col.notNull())
				.addColumn('created_at', 'text', time)
				.addColumn('expires_at', 'text', time)
				.addColumn('used_at', 'text')
				.execute();
			await db.schema
				.createTable('classes')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('teacher_id', 'text', (col) =>
					col.notNull().references('teachers.id').onDelete('cascade')
				)
				.addColumn('name', 'text', (col) => col.notNull())
				.addColumn('join_code', 'text', (col) => col.notNull().unique())
				.addColumn('created_at', 'text', time)
				.addColumn('archived_at', 'text')
				.execute();
			await db.schema
				.createIndex('classes_by_teacher')
				.on('classes')
				.column('teacher_id')
				.execute();
			await db.schema
				.createTable('class_members')
				.addColumn('class_id', 'text', (col) =>
					col.notNull().references('classes.id').onDelete('cascade')
				)
				.addColumn('learner_id', 'text', (col) =>
					col.notNull().references('learners.id').onDelete('cascade')
				)
				.addColumn('display_name', 'text', (col) => col.notNull())
				.addColumn('joined_at', 'text', time)
				.addPrimaryKeyConstraint('class_members_pk', ['class_id', 'learner_id'])
				.execute();
			await db.schema
				.createIndex('class_members_by_learner')
				.on('class_members')
				.column('learner_id')
				.execute();
		}
	},
	'0009-assignments': {
		async up(db: Kysely<unknown>) {
			// A unit a teacher set a class: `unit` is `case:<slug>`, `section:<case>/<section>` or
			// `dimension:<slug>`, in `module`; `due_on` a date (YYYY-MM-DD) or null.
			await db.schema
				.createTable('assignments')
				.addColumn('id', 'text', (col) => col.primaryKey())
				.addColumn('class_id', 'text', (col) =>
					col.notNull().references('classes.id').onDelete('cascade')
				)
				.addColumn('module', 'text', (col) => col.notNull())
				.addColumn('unit', 'text', (col) => col.notNull())
				.addColumn('due_on', 'text')
				.addColumn('created_at', 'text', (col) => col.notNull())
				.execute();
			await db.schema
				.createIndex('assignments_by_class')
				.on('assignments')
				.column('class_id')
				.execute();
		}
	},
	'0010-tests': {
		async up(db: Kysely<unknown>) {
			// An assignment set as a test holds back its results until its due date has passed or
			// the teacher releases them (`released_at`).
			await db.schema
				.alterTable('assignments')
				.addColumn('test', 'integer', (col) => col.notNull().defaultTo(0))
				.execute();
			await db.schema.alterTable('assignments').addColumn('released_at', 'text').execute();
		}
	},
	'0011-question-states': {
		async up(db: Kysely<unknown>) {
			// What each learner's answers to a question come to (see $lib/progress/state), kept as
			// answers are stored, so that no page replays a learner's whole history; made here from
			// the answers already stored.
			await db.schema
				.createTable('question_states')
				.addColumn('learner_id', 'text', (col) =>
					col.notNull().references('learners.id').onDelete('cascade')
				)
				.addColumn('module', 'text', (col) => col.notNull())
				.addColumn('question_id', 'text', (col) => col.notNull())
				.addColumn('latest_id', 'integer', (col) => col.notNull())
				.addColumn('attempts', 'integer', (col) => col.notNull())
				.addColumn('state', 'text', (col) => col.notNull())
				.addPrimaryKeyConstraint('question_states_key', ['learner_id', 'module', 'question_id'])
				.execute();
			const app = db as Kysely<Database>;
			const learners = await app.selectFrom('attempts').select('learner_id').distinct().execute();
			await rebuildStates(
				app,
				learners.map((l) => l.learner_id)
			);
		}
	}
};

interface LegacyAttempts {
	attempts: { id: number; question_id: string; answer: string; question_version: string | null };
}

/** `{"kind":"single","choice":"o2"}` with o2 renamed to the id of the second option. */
export function renameChoices(answer: string, options: string[] | undefined): string {
	if (!options) return answer;
	const rename = (id: unknown) =>
		typeof id === 'string' && /^o\d+$/.test(id) ? (options[Number(id.slice(1)) - 1] ?? id) : id;
	try {
		const value = JSON.parse(answer) as { kind?: string; choice?: unknown; choices?: unknown };
		if (value.kind === 'single') value.choice = rename(value.choice);
		else if (value.kind === 'multiple' && Array.isArray(value.choices))
			value.choices = value.choices.map(rename);
		return JSON.stringify(value);
	} catch {
		return answer;
	}
}
