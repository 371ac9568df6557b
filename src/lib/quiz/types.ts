import type { QuestionKind, Skill } from '$lib/content/types';
import type { PublicBase } from './kinds/base.ts';
import type { clientKinds } from './kinds/index.ts';

export type { Part } from './kinds/base.ts';
export type { QuestionKind, Skill };

type Kinds = typeof clientKinds;

/** What the page receives of a question of kind K before it is answered. */
export type PublicOf<K extends QuestionKind> = PublicBase & { kind: K } & ReturnType<
		Kinds[K]['toPublic']
	>;
/** What a learner submits for a question of kind K. */
export type AnswerOf<K extends QuestionKind> = Parameters<Kinds[K]['toForm']>[0];

/** What the page receives before the learner answers: no key, no feedback, no explanation. */
export type PublicQuestion = { [K in QuestionKind]: PublicOf<K> }[QuestionKind];
/** What a learner submits, by kind. */
export type Answer = { [K in QuestionKind]: AnswerOf<K> }[QuestionKind];

/** Earned points and which parts were right; parts follow the order the learner saw. */
export interface Score {
	earned: number;
	total: number;
	correct: boolean;
	/** Correctness per part id (option, item, left side); empty for a short answer. */
	parts: Record<string, boolean>;
}

/**
 * What the page receives after the learner answered: the score, the key for each part, feedback
 * and the explanation. Only ever built on the server from a submitted answer.
 */
/** What a page with quizzes shows of the learner's earlier work on them. */
export interface AnsweredOnPage {
	/** The latest answer to each question, graded, with its key and explanation. */
	reveals: Record<string, Reveal>;
	/** Questions answered before they changed. */
	changed: string[];
	/** The hints the learner has asked for, by question. */
	hints: Record<string, string>;
	/** Questions in a test whose results are not out yet, answered or not. */
	held: Record<string, Held>;
	/** Why the last answer sent without JavaScript was refused, if it was. */
	flash?: { questionId: string; error: string };
}

/**
 * A question in a test set by the learner's teacher: an answer is saved, and nothing about it
 * (right or wrong, key, explanation) is shown until the test's results come out.
 */
export interface Held {
	/** What the learner gave last, when they have answered. */
	answer?: Answer;
	/** The due date (YYYY-MM-DD) after which results come out; none: when the teacher releases them. */
	until?: string;
}

export interface Reveal {
	questionId: string;
	/** What the learner gave; undefined when they asked to be shown the answer instead. */
	answer?: Answer;
	/** The learner asked to be shown the answer: it counts as not right. */
	shown?: true;
	/** The learner said they think this answer was right (kept for a teacher to read). */
	flagged?: boolean;
	score: Score;
	/** Per-part key: for choices "correct"/"incorrect", else the id or label of the right part. */
	key: Record<string, string>;
	/** Feedback per option the learner should read (choice kinds). */
	feedback: Record<string, string>;
	/** The accepted answers, shown after a short-text question. */
	accepted?: string[];
	/** A written response's rubric and model answer, shown once it is saved. */
	rubric?: { id: string; html: string }[];
	modelHtml?: string;
	/** False for a question that is not marked right or wrong (a written response). */
	graded: boolean;
	explanationHtml: string;
	sources: SourceLink[];
	/** Attempts so far, including this one. */
	attempts: number;
}

/** A source as a result names it: its label and where to read it. */
export interface SourceLink {
	id: string;
	label: string;
	href: string;
}
