import type { Question } from '$lib/content/types';
import type { Part, PublicQuestion } from './types';

/** The only road from a question to the page: drops keys, feedback and explanations. */
export function toPublic(question: Question): PublicQuestion {
	const base = { id: question.id, skill: question.skill, promptHtml: question.promptHtml };
	switch (question.kind) {
		case 'single':
		case 'multiple':
			return { ...base, kind: question.kind, options: question.options.map(part) };
		case 'order':
			return { ...base, kind: 'order', items: shuffle(question.items.map(part), question.id) };
		case 'match':
			return {
				...base,
				kind: 'match',
				lefts: question.pairs.map((pair) => part(pair.left)),
				rights: shuffle(
					question.pairs.map(({ right }) => ({ id: right.id, text: right.text })),
					question.id
				)
			};
		case 'categorize':
			return {
				...base,
				kind: 'categorize',
				categories: question.categories.map(({ id, label }) => ({ id, label })),
				items: shuffle(question.items.map(part), question.id)
			};
		case 'short':
			return { ...base, kind: 'short' };
	}
}

function part({ id, html }: Part): Part {
	return { id, html };
}

/**
 * A fixed shuffle seeded by the question id, so the page is the same on every request and the
 * authored (correct) order is never the one shown.
 */
export function shuffle<T>(items: T[], seed: string): T[] {
	const out = [...items];
	let state = 0;
	for (const c of seed) state = (Math.imul(state, 31) + c.charCodeAt(0)) | 0;
	const random = () => {
		state = (Math.imul(state, 1103515245) + 12345) | 0;
		return ((state >>> 16) & 0x7fff) / 0x8000;
	};
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!);
	return out;
}
