import type { ContentIssue } from './issues.ts';
import { renderBlock, renderInline, type LinkResolver } from './markdown.ts';
import { shortHash } from './ids.ts';
import type { QuestionInput } from './schema.ts';
import type { Question } from './types.ts';

/** Turns a validated question into its server form: markdown rendered, parts given stable ids. */
export function buildQuestion(
	input: QuestionInput,
	where: { file: string; line: number },
	links: LinkResolver
): Question {
	const base = {
		id: input.id,
		skill: input.skill,
		claim: input.claim,
		promptHtml: renderInline(input.prompt, links),
		explanationHtml: renderBlock(input.explanation, links),
		sources: input.sources,
		...where
	};
	const ids = partIds(input.id);
	switch (input.kind) {
		case 'single':
		case 'multiple':
			return {
				...base,
				kind: input.kind,
				options: input.options.map((option, i) => ({
					id: `o${i + 1}`,
					html: renderInline(option.text, links),
					correct: option.correct,
					feedbackHtml: renderInline(option.feedback, links)
				}))
			};
		case 'order':
			return {
				...base,
				kind: 'order',
				items: input.items.map((item) => ({ id: ids(item), html: renderInline(item, links) }))
			};
		case 'match':
			return {
				...base,
				kind: 'match',
				pairs: input.pairs.map((pair) => ({
					left: { id: ids(`left:${pair.left}`), html: renderInline(pair.left, links) },
					right: { id: ids(`right:${pair.right}`), text: pair.right }
				}))
			};
		case 'categorize': {
			const categories = input.categories.map((label) => ({ id: ids(`category:${label}`), label }));
			const idOf = new Map(categories.map((c) => [c.label, c.id]));
			return {
				...base,
				kind: 'categorize',
				categories,
				items: input.items.map((item) => ({
					id: ids(`item:${item.text}`),
					html: renderInline(item.text, links),
					category: idOf.get(item.category)!
				}))
			};
		}
		case 'short':
			return { ...base, kind: 'short', accept: input.accept };
	}
}

/** Ids derived from the question id and the part's text: stable across edits elsewhere. */
function partIds(questionId: string): (text: string) => string {
	const used = new Set<string>();
	return (text) => {
		let id = shortHash(`${questionId}:${text}`);
		while (used.has(id)) id = shortHash(`${id}:${text}`);
		used.add(id);
		return id;
	};
}

export function duplicateIdIssue(
	id: string,
	here: { file: string; line: number },
	first: { file: string; line: number }
): ContentIssue {
	return {
		...here,
		message: `duplicate question id "${id}" (first used at ${first.file}:${first.line})`
	};
}
