import { escapeHtml } from '$lib/content/markdown';
import type { Case, Question } from '$lib/content/types';
import { m } from '$lib/i18n';

/*
 * A case's answer key, for its teacher to print beside the worksheet: every question numbered as
 * the worksheet numbers it, with what is right and why. Options are named by their text, never by
 * a letter or a place: each learner's worksheet orders them differently.
 */

/** What is right for a question, as lines of HTML (the content's own, already sanitized). */
function keyOf(question: Question): { label: string; lines: string[] } {
	const k = m.answerKey;
	switch (question.kind) {
		case 'single':
		case 'multiple':
			return {
				label: question.kind === 'single' ? k.right : k.allRight,
				lines: question.options.filter((o) => o.correct).map((o) => o.html)
			};
		case 'order':
			return { label: k.inOrder, lines: question.items.map((item) => item.html) };
		case 'match':
			return {
				label: k.pairs,
				lines: question.pairs.map((p) => `${p.left.html} → ${escapeHtml(p.right.text)}`)
			};
		case 'categorize':
			return {
				label: k.groups,
				lines: question.categories.map(
					(c) =>
						`<strong>${escapeHtml(c.label)}</strong>: ${question.items
							.filter((item) => item.category === c.id)
							.map((item) => item.html)
							.join('; ')}`
				)
			};
		case 'short':
			return { label: k.accepted, lines: question.accept.map(escapeHtml) };
		case 'written':
			return { label: k.rubric, lines: question.rubric.map((point) => point.html) };
	}
}

/** The key of every section's quiz in a case, in the worksheet's order. */
export function answerKey(found: Case) {
	return found.sections.map((section) => ({
		slug: section.slug,
		title: section.title,
		questions: section.questions.map((question, i) => ({
			id: question.id,
			number: i + 1,
			promptHtml: question.promptHtml,
			...keyOf(question),
			modelHtml: question.kind === 'written' ? question.modelHtml : undefined,
			explanationHtml: question.explanationHtml
		}))
	}));
}
