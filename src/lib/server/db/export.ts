import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** One stored answer as a learner downloads it. */
export interface ExportedAttempt {
	module: string;
	question: string;
	kind: string;
	context: 'quiz' | 'review';
	answer: unknown;
	earned: number;
	total: number;
	correct: boolean;
	/** The learner asked to be shown the answer instead of giving one. */
	shown: boolean;
	/** The learner said they think this answer was right. */
	flagged: boolean;
	at: string;
}

/** Everything stored about a learner, for their own download. */
export interface LearnerExport {
	learner: { createdAt: string; reviewLoad: string } | null;
	attempts: ExportedAttempt[];
	/** The hints the learner asked for. */
	hints: { module: string; question: string; at: string }[];
	/** The classes the learner joined, with the name they chose in each. */
	classes: { class: string; name: string; joinedAt: string }[];
}

export async function exportLearner(
	db: Kysely<Database>,
	learnerId: string
): Promise<LearnerExport> {
	const learner = await db
		.selectFrom('learners')
		.selectAll()
		.where('id', '=', learnerId)
		.executeTakeFirst();
	const rows = await db
		.selectFrom('attempts')
		.leftJoin('flags', 'flags.attempt_id', 'attempts.id')
		.selectAll('attempts')
		.select('flags.attempt_id as flag')
		.where('learner_id', '=', learnerId)
		.orderBy('attempts.id')
		.execute();
	const hints = await db
		.selectFrom('hints')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.orderBy('created_at')
		.execute();
	const classes = await db
		.selectFrom('class_members')
		.innerJoin('classes', 'classes.id', 'class_members.class_id')
		.select(['classes.name', 'class_members.display_name', 'class_members.joined_at'])
		.where('class_members.learner_id', '=', learnerId)
		.orderBy('class_members.joined_at')
		.execute();
	return {
		learner: learner ? { createdAt: learner.created_at, reviewLoad: learner.review_load } : null,
		classes: classes.map((c) => ({ class: c.name, name: c.display_name, joinedAt: c.joined_at })),
		hints: hints.map((h) => ({ module: h.module, question: h.question_id, at: h.created_at })),
		attempts: rows.map((row) => ({
			module: row.module,
			question: row.question_id,
			kind: row.kind,
			context: row.context === 'review' ? 'review' : 'quiz',
			answer: JSON.parse(row.answer),
			earned: row.earned,
			total: row.total,
			correct: row.correct === 1,
			shown: row.shown === 1,
			flagged: row.flag !== null,
			at: row.created_at
		}))
	};
}
