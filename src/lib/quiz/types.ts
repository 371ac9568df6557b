import type { QuestionKind, Skill } from '$lib/content/schema';

export type { QuestionKind, Skill };

/** A piece of a question a learner can see: id and rendered HTML. */
export interface Part {
	id: string;
	html: string;
}

interface PublicBase {
	id: string;
	skill: Skill;
	promptHtml: string;
}

/** What the page receives before the learner answers: no key, no feedback, no explanation. */
export type PublicQuestion =
	| (PublicBase & { kind: 'single'; options: Part[] })
	| (PublicBase & { kind: 'multiple'; options: Part[] })
	| (PublicBase & { kind: 'order'; items: Part[] })
	| (PublicBase & { kind: 'match'; lefts: Part[]; rights: { id: string; text: string }[] })
	| (PublicBase & {
			kind: 'categorize';
			categories: { id: string; label: string }[];
			items: Part[];
	  })
	| (PublicBase & { kind: 'short' });

/** What a learner submits, by kind. */
export type Answer =
	| { kind: 'single'; choice: string }
	| { kind: 'multiple'; choices: string[] }
	| { kind: 'order'; order: string[] }
	| { kind: 'match'; pairs: Record<string, string> }
	| { kind: 'categorize'; placement: Record<string, string> }
	| { kind: 'short'; text: string };

export type AnswerOf<K extends QuestionKind> = Extract<Answer, { kind: K }>;
export type PublicOf<K extends QuestionKind> = Extract<PublicQuestion, { kind: K }>;

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
export interface Reveal {
	questionId: string;
	answer: Answer;
	score: Score;
	/** Per-part key: for choices "correct"/"incorrect", else the id or label of the right part. */
	key: Record<string, string>;
	/** Feedback per option the learner should read (choice kinds). */
	feedback: Record<string, string>;
	/** The accepted answer shown after a short-text question. */
	accepted?: string;
	explanationHtml: string;
	sources: { id: string; label: string; href: string }[];
	/** Attempts so far, including this one. */
	attempts: number;
}
