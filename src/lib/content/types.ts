import type { contentKinds, QuestionKind } from './kinds/index.ts';
import type { Skill, SourceEntry, TimelineEntry } from './schema.ts';

export type { QuestionKind, Skill };

interface QuestionBase {
	id: string;
	skill: Skill;
	/** Questions sharing a claim test the same fact; review may ask any of them. */
	claim?: string;
	promptHtml: string;
	/** Shown only to a learner who asks for it. */
	hintHtml?: string;
	explanationHtml: string;
	/** Ids of the sources that back the answer. */
	sources: string[];
	/** False for a question that is not marked right or wrong (a written response). */
	graded: boolean;
	/** Changes when what a learner answers against changes (prompt, options, key). */
	version: string;
	/** Where the question is written, for messages. */
	file: string;
	line: number;
}

/** A question of kind K with its answer key: lives on the server only. */
export type QuestionOf<K extends QuestionKind> = QuestionBase & { kind: K } & ReturnType<
		(typeof contentKinds)[K]['build']
	>;

/** A question of any kind with its answer key: lives on the server only. */
export type Question = { [K in QuestionKind]: QuestionOf<K> }[QuestionKind];

/** Where a unit of study lives: a section of a case or lesson, or a dimension of the comparison. */
export type Place =
	{ kind: 'section'; case: string; section: string } | { kind: 'dimension'; dimension: string };

/** The sources and glossary terms a piece of prose cites, by id, in the order first cited. */
export interface Refs {
	sources: string[];
	terms: string[];
}

/** A block of prose followed by the quiz that tests it. */
export interface Section {
	slug: string;
	title: string;
	/** Minutes to read it and answer its quiz (src/lib/content/time.ts). */
	minutes: number;
	html: string;
	refs: Refs;
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
	/** Minutes to read the introduction and every section, and answer every quiz. */
	minutes: number;
	introHtml: string;
	introRefs: Refs;
	sections: Section[];
}

/** One row of the comparison: a cell per case, a synthesis and an optional quiz. */
export interface Dimension {
	slug: string;
	title: string;
	question: string;
	/** Minutes to read the cells and the synthesis, and answer the quiz. */
	minutes: number;
	/** Rendered cell per case slug. */
	cells: Record<string, string>;
	/** The synthesis below the grid. */
	html: string;
	/** What the synthesis and the cells cite. */
	refs: Refs;
	/** What the cells alone cite: the grid's references. */
	cellRefs: Refs;
	questions: Question[];
}

export type Source = SourceEntry & {
	/** How citations name it, e.g. "El País 1982" or "El País, 17 Apr 1982" when two would clash. */
	label: string;
};

export interface GlossaryTerm {
	id: string;
	term: string;
	definitionHtml: string;
}

export type TimelineEvent = TimelineEntry;

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
