/*
 * What a class's answers say about each question, for its teacher: pure, from the answers as
 * stored. Every figure is taken from each learner's first answer to a question, the one that shows
 * what they knew before any feedback; "show me" counts as not known.
 */

/** One stored answer of a learner in the class, oldest first. */
export interface ClassAnswer {
	learnerId: string;
	questionId: string;
	/** As stored: the answer's own shape (see $lib/quiz/kinds), or null when shown. */
	answer: unknown;
	correct: boolean;
	shown: boolean;
	flagged: boolean;
}

export interface QuestionStats {
	id: string;
	/** Learners who answered it. */
	answered: number;
	/** Share of them right on their first answer. */
	facility?: number;
	/**
	 * Facility among the top third of the class (by their share of first answers right) less
	 * facility among the bottom third; undefined with fewer than six learners in all.
	 */
	discrimination?: number;
	/** How many first answers chose each option, by option id (choice questions). */
	chosen: Record<string, number>;
	/** Wrong first answers typed, as typed (trimmed, lower case), most common first. */
	wrongTexts: { text: string; count: number }[];
	/** "I think my answer was right", from any learner on any of their answers. */
	flags: number;
}

/** Fewer learners than this, and the thirds are too small for discrimination to mean anything. */
export const minLearnersForDiscrimination = 6;

export function questionStats(questionIds: string[], answers: ClassAnswer[]): QuestionStats[] {
	const first = new Map<string, Map<string, ClassAnswer>>();
	const flags = new Map<string, number>();
	for (const a of answers) {
		if (a.flagged) flags.set(a.questionId, (flags.get(a.questionId) ?? 0) + 1);
		const byLearner = first.get(a.questionId) ?? new Map<string, ClassAnswer>();
		if (!byLearner.has(a.learnerId)) byLearner.set(a.learnerId, a);
		first.set(a.questionId, byLearner);
	}
	const right = (a: ClassAnswer) => a.correct && !a.shown;

	// Each learner's share of first answers right, over the questions asked about here.
	const asked = new Set(questionIds);
	const tally = new Map<string, { right: number; all: number }>();
	for (const [questionId, byLearner] of first) {
		if (!asked.has(questionId)) continue;
		for (const [learnerId, a] of byLearner) {
			const t = tally.get(learnerId) ?? { right: 0, all: 0 };
			t.all++;
			if (right(a)) t.right++;
			tally.set(learnerId, t);
		}
	}
	const ranked = [...tally].sort(([, a], [, b]) => b.right / b.all - a.right / a.all);
	const third = Math.floor(ranked.length / 3);
	const enough = ranked.length >= minLearnersForDiscrimination;
	const top = new Set(ranked.slice(0, third).map(([id]) => id));
	const bottom = new Set(ranked.slice(ranked.length - third).map(([id]) => id));

	return questionIds.map((id) => {
		const firsts = [...(first.get(id)?.values() ?? [])];
		const share = (list: ClassAnswer[]) =>
			list.length ? list.filter(right).length / list.length : undefined;
		const inTop = share(firsts.filter((a) => top.has(a.learnerId)));
		const inBottom = share(firsts.filter((a) => bottom.has(a.learnerId)));
		const chosen: Record<string, number> = {};
		const wrong = new Map<string, number>();
		for (const a of firsts) {
			for (const option of optionsIn(a.answer)) chosen[option] = (chosen[option] ?? 0) + 1;
			const text = textIn(a.answer);
			if (text && !right(a)) wrong.set(text, (wrong.get(text) ?? 0) + 1);
		}
		return {
			id,
			answered: firsts.length,
			facility: share(firsts),
			discrimination:
				enough && inTop !== undefined && inBottom !== undefined ? inTop - inBottom : undefined,
			chosen,
			wrongTexts: [...wrong]
				.map(([text, count]) => ({ text, count }))
				.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
			flags: flags.get(id) ?? 0
		};
	});
}

/** A categorize question whose categories are the cases: "which crisis does each describe?". */
export interface AttributionQuestion {
	id: string;
	/** Category id to the case it names. */
	caseOf: Record<string, string>;
	/** Item id to the category id that is right for it. */
	key: Record<string, string>;
}

/**
 * Which case learners put each feature in, against the case it belongs to: counts[right][given],
 * from first answers to the attribution questions.
 */
export function confusion(
	cases: string[],
	questions: AttributionQuestion[],
	answers: ClassAnswer[]
): number[][] {
	const counts = cases.map(() => cases.map(() => 0));
	const byId = new Map(questions.map((q) => [q.id, q]));
	const seen = new Set<string>();
	for (const a of answers) {
		const question = byId.get(a.questionId);
		const firstTime = `${a.questionId}\n${a.learnerId}`;
		if (!question || seen.has(firstTime)) continue;
		seen.add(firstTime);
		const placement = placementIn(a.answer);
		for (const [item, rightCategory] of Object.entries(question.key)) {
			const given = placement[item];
			const row = cases.indexOf(question.caseOf[rightCategory]!);
			const column = given === undefined ? -1 : cases.indexOf(question.caseOf[given] ?? '');
			if (row >= 0 && column >= 0) counts[row]![column]!++;
		}
	}
	return counts;
}

function optionsIn(answer: unknown): string[] {
	const a = answer as { kind?: string; choice?: unknown; choices?: unknown } | null;
	if (a?.kind === 'single' && typeof a.choice === 'string') return [a.choice];
	if (a?.kind === 'multiple' && Array.isArray(a.choices))
		return a.choices.filter((c): c is string => typeof c === 'string');
	return [];
}

function textIn(answer: unknown): string | undefined {
	const a = answer as { kind?: string; text?: unknown } | null;
	return a?.kind === 'short' && typeof a.text === 'string'
		? a.text.trim().toLowerCase().slice(0, 80) || undefined
		: undefined;
}

function placementIn(answer: unknown): Record<string, string> {
	const a = answer as { kind?: string; placement?: unknown } | null;
	return a?.kind === 'categorize' && a.placement && typeof a.placement === 'object'
		? (a.placement as Record<string, string>)
		: {};
}
