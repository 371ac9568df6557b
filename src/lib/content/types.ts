import type { QuestionKind, Skill, SourceEntry } from './schema.ts';

export type { QuestionKind, Skill };

interface QuestionBase {
	id: string;
	skill: Skill;
	/** Questions sharing a claim test the same fact; review may ask any of them. */
	claim?: string;
	promptHtml: string;
	explanationHtml: string;
	/** Ids of the sources that back the answer. */
	sources: string[];
	/** Where the question is written, for messages. */
	file: string;
	line: number;
}

/** An option of a choice question, with its key and feedback (server-only). */
export interface ChoiceOption {
	id: string;
	html: string;
	correct: boolean;
	feedbackHtml: string;
}

export interface SingleQuestion extends QuestionBase {
	kind: 'single';
	options: ChoiceOption[];
}

export interface MultipleQuestion extends QuestionBase {
	kind: 'multiple';
	options: ChoiceOption[];
}

export interface OrderQuestion extends QuestionBase {
	kind: 'order';
	/** In the correct order. */
	items: { id: string; html: string }[];
}

export interface MatchQuestion extends QuestionBase {
	kind: 'match';
	/** Right sides are plain text: they are shown inside a <select>. */
	pairs: { left: { id: string; html: string }; right: { id: string; text: string } }[];
}

export interface CategorizeQuestion extends QuestionBase {
	kind: 'categorize';
	categories: { id: string; label: string }[];
	items: { id: string; html: string; category: string }[];
}

export interface ShortQuestion extends QuestionBase {
	kind: 'short';
	/** Accepted answers as written by the author. */
	accept: string[];
}

/** A question with its answer key: lives on the server only. */
export type Question =
	| SingleQuestion
	| MultipleQuestion
	| OrderQuestion
	| MatchQuestion
	| CategorizeQuestion
	| ShortQuestion;

/** A block of prose followed by the quiz that tests it. */
export interface Section {
	slug: string;
	title: string;
	html: string;
	questions: Question[];
}

export interface Case {
	/** `case`: one of the events compared; `lesson`: a lesson across them. */
	kind: 'case' | 'lesson';
	slug: string;
	title: string;
	shortTitle: string;
	/** Set for every case; optional for lessons. */
	dates?: string;
	place?: string;
	summary: string;
	introHtml: string;
	sections: Section[];
}

/** One row of the comparison: a cell per case, a synthesis and an optional quiz. */
export interface Dimension extends Section {
	question: string;
	/** Rendered cell per case slug. */
	cells: Record<string, string>;
}

export type Source = SourceEntry & { label: string };

export interface GlossaryTerm {
	id: string;
	term: string;
	definitionHtml: string;
}

export interface TimelineEvent {
	id: string;
	case: string;
	date: string;
	time?: string;
	timezone?: string;
	title: string;
	section?: string;
	onset?: boolean;
	moment?: string;
	sources: string[];
}

export interface Module {
	slug: string;
	title: string;
	shortTitle: string;
	guidingQuestion: string;
	summary: string;
	objectives: string[];
	overviewHtml: string;
	cases: Case[];
	dimensions: Dimension[];
	sources: Source[];
	glossary: GlossaryTerm[];
	timeline: TimelineEvent[];
}

export interface ContentIndex {
	modules: Module[];
	/** Changes whenever any content file changes. */
	version: string;
}
