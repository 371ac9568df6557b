import type { Generated, Selectable } from 'kysely';

/** The database as Kysely sees it; SQL columns are snake_case. Rows never leave this folder. */
export interface Database {
	learners: LearnersTable;
	attempts: AttemptsTable;
	settings: SettingsTable;
	hints: HintsTable;
	flags: FlagsTable;
	failed_tries: FailedTriesTable;
	teachers: TeachersTable;
	teacher_sessions: TeacherSessionsTable;
	teacher_accounts: TeacherAccountsTable;
	auth_verifications: AuthVerificationsTable;
	teacher_invites: TeacherInvitesTable;
	classes: ClassesTable;
	class_members: ClassMembersTable;
	assignments: AssignmentsTable;
	question_states: QuestionStatesTable;
}

/** What a learner's answers to one question come to, kept up to date as each is stored. */
export interface QuestionStatesTable {
	learner_id: string;
	module: string;
	question_id: string;
	/** The id of the latest answer (in `attempts`). */
	latest_id: number;
	/** How many answers there are. */
	attempts: number;
	/** A `QuestionState` ($lib/progress/state), as JSON. */
	state: string;
}

/** A unit a teacher set a class, with an optional due date. */
export interface AssignmentsTable {
	id: string;
	class_id: string;
	module: string;
	/** `case:<slug>`, `section:<case>/<section>` or `dimension:<slug>`. */
	unit: string;
	/** YYYY-MM-DD, or null for no due date. */
	due_on: string | null;
	created_at: string;
	/** 1 for a test: its results are held until `due_on` has passed or `released_at`. */
	test: Generated<number>;
	released_at: string | null;
}

/*
 * Teachers' accounts, sessions and verifications: written by better-auth (identity/teacher.ts),
 * with booleans and times as 0/1 and ISO strings on SQLite, as booleans and timestamps on
 * PostgreSQL.
 */
type AuthFlag = number | boolean;
type AuthTime = string | Date;

export interface TeachersTable {
	id: string;
	name: string;
	email: string;
	email_verified: AuthFlag;
	image: string | null;
	created_at: AuthTime;
	updated_at: AuthTime;
}

export interface TeacherSessionsTable {
	id: string;
	expires_at: AuthTime;
	token: string;
	created_at: AuthTime;
	updated_at: AuthTime;
	ip_address: string | null;
	user_agent: string | null;
	teacher_id: string;
}

export interface TeacherAccountsTable {
	id: string;
	account_id: string;
	provider_id: string;
	teacher_id: string;
	access_token: string | null;
	refresh_token: string | null;
	id_token: string | null;
	access_token_expires_at: AuthTime | null;
	refresh_token_expires_at: AuthTime | null;
	scope: string | null;
	/** The password's hash, made by better-auth. */
	password: string | null;
	created_at: AuthTime;
	updated_at: AuthTime;
}

export interface AuthVerificationsTable {
	id: string;
	identifier: string;
	value: string;
	expires_at: AuthTime;
	created_at: AuthTime;
	updated_at: AuthTime;
}

/** An invitation to make a teacher's account, or to set a new password for one. */
export interface TeacherInvitesTable {
	/** SHA-256 of the token in the invitation's link, hex. */
	token_hash: string;
	email: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

export interface ClassesTable {
	id: string;
	teacher_id: string;
	name: string;
	/** What learners type to join, e.g. `K7QM-3TXD`. */
	join_code: string;
	created_at: string;
	archived_at: string | null;
}

export interface ClassMembersTable {
	class_id: string;
	learner_id: string;
	/** The name the learner chose to be seen by; no real name is asked for. */
	display_name: string;
	joined_at: string;
}

/**
 * A failed try by a client (a browser, a network, an account): a wrong code, or a wrong password
 * (then a random token: passwords are never stored), with when it was last tried.
 */
export interface FailedTriesTable {
	client: string;
	tried: string;
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
