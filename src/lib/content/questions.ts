import type { ContentIssue } from './issues.ts';
import { renderAll, type LinkResolver, type Markdown } from './markdown.ts';
import { shortHash } from './ids.ts';
import type { QuestionInput } from './schema.ts';
import type { Question } from './types.ts';

type Where = { file: string; line: number };

/** Turns validated questions into their server form: markdown rendered, parts given stable ids. */
export function buildQuestions(
	list: readonly { input: QuestionInput; where: Where }[],
	links: LinkResolver
): Question[] {
	// Each question is put together twice: first only to learn its markdown, so that the whole
	// quiz is rendered in one go (the sanitizer costs most per call), then with the HTML.
	const markdown: Markdown[] = [];
	for (const { input, where } of list)
		buildQuestion(input, where, (text, inline) => {
			markdown.push({ text, inline });
			return '';
		});
	const html = renderAll(markdown, links);
	let next = 0;
	return list.map(({ input, where }) => buildQuestion(input, where, () => html[next++]!));
}

function buildQuestion(
	input: QuestionInput,
	where: Where,
	render: (markdown: string, inline: boolean) => string
): Question {
	const renderBlock = (markdown: string) => render(markdown, false);
	const renderInline = (markdown: string) => render(markdown, true);
	const base = {
		id: input.id,
		skill: input.skill,
		claim: input.claim,
		promptHtml: renderInline(input.prompt),
		explanationHtml: renderBlock(input.explanation),
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
					html: renderInline(option.text),
					correct: option.correct,
					feedbackHtml: renderInline(option.feedback)
				}))
			};
		case 'order':
			return {
				...base,
				kind: 'order',
				items: input.items.map((item) => ({ id: ids(item), html: renderInline(item) }))
			};
		case 'match':
			return {
				...base,
				kind: 'match',
				pairs: input.pairs.map((pair) => ({
					left: { id: ids(`left:${pair.left}`), html: renderInline(pair.left) },
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
					html: renderInline(item.text),
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
