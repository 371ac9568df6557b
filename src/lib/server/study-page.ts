import type { RequestEvent } from '@sveltejs/kit';
import type { Module, Question, Section } from '$lib/content/types';
import { answeredOn } from './answered';
import { shownTo } from './arrangement';
import { extrasFor } from './content';
import { takeFlash } from './delivery/flash';
import { markupOnly } from './delivery/markup';

/*
 * What every page with quizzes on it loads: its questions as this learner sees them, what the
 * learner answered there before, the message of a refused answer sent without JavaScript, and the
 * references and definitions of what the page cites.
 */

/** The module as a page inside it names it. */
export function moduleHead(module: Module) {
	return { slug: module.slug, title: module.title, shortTitle: module.shortTitle };
}

/**
 * Each list of questions as this learner is shown them, and the learner's earlier work on them
 * all, as a page's quizzes take it (`answered`).
 */
export async function quizzesOn(
	event: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>,
	module: Module,
	lists: Question[][]
) {
	const [answered, quizzes] = await Promise.all([
		answeredOn(event.locals.learnerId, module, lists.flat()),
		Promise.all(lists.map((questions) => shownTo(event.locals.learnerId, questions)))
	]);
	return { quizzes, answered: { ...answered, flash: takeFlash(event) } };
}

/** The references and glossary definitions of a page, placed after rendering. */
export function citedOn(module: Module, page: string) {
	const extras = extrasFor(module, page);
	return {
		termsHtml: markupOnly(extras.termsHtml),
		referencesHtml: markupOnly(extras.referencesHtml)
	};
}

const raised = new WeakMap<Section, string>();

/**
 * A section's prose for its own page, where the section's title is the h1: its headings, written
 * to sit under an h2 on the whole-case page, move up a level.
 */
export function ownPageHtml(section: Section): string {
	let html = raised.get(section);
	if (html === undefined) {
		html = section.html.replace(
			/<(\/?)h([3-6])\b/g,
			(_, close: string, level: string) => `<${close}h${Number(level) - 1}`
		);
		raised.set(section, html);
	}
	return html;
}
