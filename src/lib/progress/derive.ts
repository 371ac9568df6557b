/** The shape progress is counted over: any module (questions need only their ids). */
export interface Outline {
	cases: {
		slug: string;
		title?: string;
		sections: { slug: string; questions: { id: string }[] }[];
	}[];
	dimensions: { slug: string; questions: { id: string }[] }[];
}

/** The stored facts progress is derived from, oldest first. */
export interface AttemptFact {
	questionId: string;
	earned: number;
	total: number;
	correct: boolean;
	createdAt: string;
}

export interface QuestionProgress {
	attempts: number;
	/** The first attempt counts for mastery; retries never overwrite it. */
	firstCorrect: boolean;
	latestCorrect: boolean;
	firstEarned: number;
	total: number;
}

export type Status = 'not-started' | 'in-progress' | 'complete';

/** How every view names a status. */
export const statusLabel: Record<Status, string> = {
	'not-started': 'not started',
	'in-progress': 'in progress',
	complete: 'done'
};

export interface UnitProgress {
	total: number;
	answered: number;
	/** Questions right on the first attempt. */
	firstTryCorrect: number;
	/** Questions whose latest attempt is right. */
	correctNow: number;
	status: Status;
}

export interface Place {
	case?: string;
	section: string;
}

export interface ModuleProgress extends UnitProgress {
	cases: Record<string, UnitProgress & { sections: Record<string, UnitProgress> }>;
	comparison: UnitProgress & { dimensions: Record<string, UnitProgress> };
	questions: Record<string, QuestionProgress>;
	/** When the learner last answered anything here. */
	lastActivity?: string;
	/** Where to pick up: the section last worked on, or the next one when it is done. */
	resume?: Place;
}

/**
 * The one derivation of progress from attempts; every view uses it. Attempts for questions no
 * longer in the content are ignored.
 */
export function deriveProgress(outline: Outline, attempts: AttemptFact[]): ModuleProgress {
	const questions: Record<string, QuestionProgress> = {};
	const placeOf = new Map<string, Place>();
	for (const c of outline.cases)
		for (const s of c.sections)
			for (const q of s.questions) placeOf.set(q.id, { case: c.slug, section: s.slug });
	for (const d of outline.dimensions)
		for (const q of d.questions) placeOf.set(q.id, { section: d.slug });

	let last: AttemptFact | undefined;
	for (const attempt of attempts) {
		if (!placeOf.has(attempt.questionId)) continue;
		last = attempt;
		const seen = questions[attempt.questionId];
		if (seen) {
			seen.attempts += 1;
			seen.latestCorrect = attempt.correct;
		} else {
			questions[attempt.questionId] = {
				attempts: 1,
				firstCorrect: attempt.correct,
				latestCorrect: attempt.correct,
				firstEarned: attempt.earned,
				total: attempt.total
			};
		}
	}

	const unit = (ids: string[]): UnitProgress => {
		const answered = ids.filter((id) => questions[id]).length;
		return {
			total: ids.length,
			answered,
			firstTryCorrect: ids.filter((id) => questions[id]?.firstCorrect).length,
			correctNow: ids.filter((id) => questions[id]?.latestCorrect).length,
			status: answered === 0 ? 'not-started' : answered === ids.length ? 'complete' : 'in-progress'
		};
	};
	const ids = (unitQuestions: { id: string }[]) => unitQuestions.map((q) => q.id);

	const cases: ModuleProgress['cases'] = {};
	for (const c of outline.cases) {
		cases[c.slug] = {
			...unit(c.sections.flatMap((s) => ids(s.questions))),
			sections: Object.fromEntries(c.sections.map((s) => [s.slug, unit(ids(s.questions))]))
		};
	}
	const comparison = {
		...unit(outline.dimensions.flatMap((d) => ids(d.questions))),
		dimensions: Object.fromEntries(outline.dimensions.map((d) => [d.slug, unit(ids(d.questions))]))
	};
	const all = [
		...outline.cases.flatMap((c) => c.sections.flatMap((s) => ids(s.questions))),
		...outline.dimensions.flatMap((d) => ids(d.questions))
	];

	return {
		...unit(all),
		cases,
		comparison,
		questions,
		lastActivity: last?.createdAt,
		resume: last
			? resumeAfter(outline, placeOf.get(last.questionId)!, cases, comparison)
			: undefined
	};
}

function resumeAfter(
	outline: Outline,
	place: Place,
	cases: ModuleProgress['cases'],
	comparison: ModuleProgress['comparison']
): Place | undefined {
	// Every unit in reading order: the cases' sections, then the comparison's dimensions.
	const order: (Place & { status: Status })[] = [
		...outline.cases.flatMap((c) =>
			c.sections.map((s) => ({
				case: c.slug,
				section: s.slug,
				status: cases[c.slug]!.sections[s.slug]!.status
			}))
		),
		...outline.dimensions.map((d) => ({
			section: d.slug,
			status: comparison.dimensions[d.slug]!.status
		}))
	];
	const here = order.findIndex((p) => p.case === place.case && p.section === place.section);
	const unfinished = (p: { status: Status }) => p.status !== 'complete';
	const next =
		order[here]?.status !== 'complete'
			? order[here]
			: (order.slice(here + 1).find(unfinished) ?? order.slice(0, here).find(unfinished));
	return next && { case: next.case, section: next.section };
}
