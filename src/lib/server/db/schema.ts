import type { Generated, Selectable } from 'kysely';

/** The database as Kysely sees it; SQL columns are snake_case. Rows never leave this folder. */
export interface Database {
	learners: LearnersTable;
	attempts: AttemptsTable;
	settings: SettingsTable;
	hints: HintsTable;
	flags: FlagsTable;
	recovery_failures: RecoveryFailuresTable;
}

/** A wrong recovery code tried by a client (a browser, or a network), with when it was last tried. */
export interface RecoveryFailuresTable {
	client: string;
	code: string;
	/** Milliseconds since 1970. */
	at: number;
}

/** A hint a learner asked for: kept, so that it shows again and a teacher can see it was used. */
export interface HintsTable {
	learner_id: string;
	module: string;
	question_id: string;
	created_at: string;
}

/** "I think my answer was right": a learner's word on one of their answers, for a teacher to read. */
export interface FlagsTable {
	attempt_id: number;
	created_at: string;
}

/** Settings of the whole app, e.g. the secret that orders each learner's options. */
export interface SettingsTable {
	key: string;
	value: string;
}

export interface LearnersTable {
	/** Random, >= 128 bits, base64url; also the cookie value. */
	id: string;
	created_at: string;
	/** `light`, `normal` or `intensive`: how much review a day. */
	review_load: Generated<string>;
	/** A second key to the same progress, for carrying it to another device. */
	recovery_code: string | null;
	/** How many other browsers the recovery code has been entered on. */
	linked_browsers: Generated<number>;
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
	/** The question's version when answered: what the learner answered against. */
	question_version: string | null;
	created_at: string;
	/** `quiz` (answered in a section) or `review` (answered on the review page). */
	context: Generated<string>;
	/** 1 when the learner asked to be shown the answer; `answer` is then JSON null. */
	shown: Generated<number>;
}

export type AttemptRow = Selectable<AttemptsTable>;
