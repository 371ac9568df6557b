import type { Generated, Insertable, Selectable } from 'kysely';

/** The database as Kysely sees it; SQL columns are snake_case. */
export interface Database {
	learners: LearnersTable;
	attempts: AttemptsTable;
}

export interface LearnersTable {
	/** Random, >= 128 bits, base64url; also the cookie value. */
	id: string;
	created_at: string;
}

export interface AttemptsTable {
	id: Generated<number>;
	learner_id: string;
	module: string;
	question_id: string;
	kind: string;
	/** The submitted answer as JSON. */
	answer: string;
	earned: number;
	total: number;
	/** 1 when every part was right. */
	correct: number;
	/** Content version the answer was graded against. */
	content_version: string;
	created_at: string;
}

export type AttemptRow = Selectable<AttemptsTable>;
export type NewAttempt = Insertable<AttemptsTable>;
