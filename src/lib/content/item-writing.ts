import { outlineOf } from './outline.ts';
import type { Module, Question, QuestionOf } from './types.ts';

/*
 * Item-writing checks: ways a choice question can be answered without knowing the answer. Each
 * figure is the share of a module's choice questions that give a cue, beside the share that
 * would give it by chance; a module fails when a figure is above chance by more than its margin.
 * docs/authoring.md explains each check and its margin.
 */

type Choice = QuestionOf<'single' | 'multiple'>;

/** One cue: how often keys give it, how often it would fall on a key by chance, and where. */
export interface Figure {
	check: 'longest' | 'prompt-word' | 'above' | 'lengths';
	/** What the figure counts, in words. */
	label: string;
	questions: number;
	/** Questions whose key gives the cue. */
	flagged: Question[];
	/** The share expected by chance, 0..1. */
	chance: number;
	/** How far above chance the share may go, 0..1. */
	margin: number;
	failed: boolean;
}

const margins = { longest: 0.1, 'prompt-word': 0.1, above: 0, lengths: 0.1 } as const;

export function itemWriting(module: Module): Figure[] {
	const lookups = new Map(
		[...module.cases.flatMap((c) => c.sections), ...module.dimensions].flatMap((unit) =>
			unit.questions.map((q) => [q.id, q] as const)
		)
	);
	const choices = outlineOf(module)
		.units.flatMap((u) => u.questions.map((q) => lookups.get(q.id)!))
		.filter((q): q is Choice => q.kind === 'single' || q.kind === 'multiple');
	const n = choices.length || 1;
	const figure = (
		check: Figure['check'],
		label: string,
		flagged: Choice[],
		chance: number
	): Figure => ({
		check,
		label,
		questions: choices.length,
		flagged,
		chance,
		margin: margins[check],
		failed: flagged.length / n > chance + margins[check]
	});

	const longest = choices.map((q) => ({ q, ...uniqueLongest(q) }));
	const cued = choices.map((q) => ({ q, ...promptWordCue(q) }));
	return [
		figure(
			'longest',
			'the key is the longest option',
			longest.filter((x) => x.keyIsLongest).map((x) => x.q),
			sum(longest.map((x) => x.chance)) / n
		),
		figure(
			'prompt-word',
			'only the key repeats a word of the prompt',
			cued.filter((x) => x.keyCued).map((x) => x.q),
			sum(cued.map((x) => x.chance)) / n
		),
		figure(
			'above',
			'an option that is not fixed in place says "all/none of the above"',
			choices.filter((q) =>
				q.options.some(
					(o) => !o.fixed && /\b(all|none|both) of the (above|these)\b/i.test(plain(o.html))
				)
			),
			0
		),
		figure(
			'lengths',
			'the longest option is more than three times as long as the shortest',
			choices.filter((q) => {
				const lengths = q.options.map((o) => plain(o.html).length);
				return Math.max(...lengths) > 3 * Math.min(...lengths);
			}),
			0
		)
	];
}

/** Whether the one longest option is a key, and how likely a random option would be that one. */
function uniqueLongest(q: Choice) {
	const lengths = q.options.map((o) => plain(o.html).length);
	const max = Math.max(...lengths);
	const longest = q.options.filter((_, i) => lengths[i] === max);
	const keys = q.options.filter((o) => o.correct).length;
	return {
		keyIsLongest: longest.length === 1 && longest[0]!.correct,
		chance: longest.length === 1 ? keys / q.options.length : 0
	};
}

/** Whether the key alone repeats a content word of the prompt; chance: any one option alone does. */
function promptWordCue(q: Choice) {
	const prompt = new Set(words(plain(q.promptHtml)));
	const shared = q.options.map((o) => new Set(words(plain(o.html)).filter((w) => prompt.has(w))));
	const alone = shared.map((set, i) =>
		[...set].some((w) => shared.every((other, j) => j === i || !other.has(w)))
	);
	const n = q.options.length;
	const keys = q.options.filter((o) => o.correct).length;
	const cues = alone.filter(Boolean).length;
	return {
		keyCued: q.options.some((o, i) => o.correct && alone[i]),
		// The chance that at least one of `keys` options picked at random is cued.
		chance: 1 - choose(n - cues, keys) / choose(n, keys)
	};
}

const stopwords = new Set(
	'about after also among because been before being between both could does during each from have into more most must only other over same should since some such than that their them then there these they this those through under until very were what when where which while whom with would your'.split(
		' '
	)
);

/** Content words: four letters or more, not a common function word. */
function words(text: string): string[] {
	return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !stopwords.has(w));
}

function plain(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/&[a-z]+;|&#\d+;/g, ' ')
		.trim();
}

function choose(n: number, k: number): number {
	if (k < 0 || k > n) return 0;
	let out = 1;
	for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
	return out;
}

function sum(values: number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
