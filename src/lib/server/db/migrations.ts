import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Ordered by name; each runs once, in a transaction, when the database is opened. Never edit a
 * migration that has shipped: add a new one.
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
				.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
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
					col.notNull().defaultTo(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
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
	}
};
