import { contentKinds } from './kinds/index.ts';
import type { Question } from './types.ts';

/**
 * How fast a learner is assumed to read the module's prose, closely and with its citations:
 * slower than reading for pleasure (about 240 words a minute for an adult), for upper-secondary
 * learners, many of whom read in a second language.
 */
export const wordsPerMinute = 180;

/** Minutes to read `markdown` (citations and markup left out) and answer `questions`. */
export function minutesFor(markdown: string[], questions: Question[]): number {
	const words = markdown
		.join(' ')
		.replace(/\[@[^\]]*\]/g, ' ')
		.replace(/[*_#>`|[\]{}()-]+/g, ' ')
		.split(/\s+/)
		.filter(Boolean).length;
	const answering = questions.reduce((sum, q) => sum + contentKinds[q.kind].minutes, 0);
	return Math.max(1, Math.round(words / wordsPerMinute + answering));
}
