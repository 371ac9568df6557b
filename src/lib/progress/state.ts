import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type FSRS } from 'ts-fsrs';
import { reviewLoadNames, reviewLoads, type ReviewLoad } from './review-loads';

/** A stored answer as progress sees it. */
export interface AnswerFact {
	/** Its stored id: later answers have higher ids. */
	id: number;
	questionId: string;
	earned: number;
	total: number;
	correct: boolean;
	createdAt: string;
	/** `review` when answered on the review page. */
	context: 'quiz' | 'review';
}

/** What mastery counts of one answered question (see ./mastery). */
export interface MasteryFacts {
	/** The latest answer is right. */
	rightNow: boolean;
	/** The first answer was right. */
	firstRight: boolean;
	/** Right in a review a day or more after the first answer, and right in every review since. */
	recalled: boolean;
}

/** An FSRS card as stored: its times as ISO strings. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

/**
 * Everything progress, mastery and review need to know of a learner's answers to one question,
 * kept up to date as each answer is stored (`nextState`), so that no view replays a history.
 * Plain JSON: stored as it is.
 */
export interface QuestionState {
	questionId: string;
	attempts: number;
	first: { correct: boolean; earned: number; total: number; at: string };
	latest: { id: number; correct: boolean; context: 'quiz' | 'review'; at: string };
	/** Right at least once in a review a day or more after the first answer. */
	spacedRight: boolean;
	/** Whether the latest review answer was right; absent before any review. */
	lastReviewRight?: boolean;
	/** The day (YYYY-MM-DD, UTC) of the latest review answer, and how many there were that day. */
	reviewDay?: string;
	reviewsThatDay: number;
	/** The review schedule under each review load, so that changing the load costs nothing. */
	cards: Record<ReviewLoad, StoredCard>;
	/** What mastery counted before the latest answer; absent when that was the first. */
	before?: MasteryFacts;
}

const day = 86_400_000;

const schedulers = Object.fromEntries(
	reviewLoadNames.map((load) => [
		load,
		fsrs(
			generatorParameters({
				request_retention: reviewLoads[load].retention,
				enable_fuzz: false,
				// Reviews are spaced over days; minute-long learning steps belong to flashcard drills.
				enable_short_term: false
			})
		)
	])
) as Record<ReviewLoad, FSRS>;

/** The question's mastery facts as of its latest answer. */
export function masteryFacts(state: QuestionState): MasteryFacts {
	return {
		rightNow: state.latest.correct,
		firstRight: state.first.correct,
		recalled: state.spacedRight && state.lastReviewRight === true
	};
}

/**
 * The state after one more answer: each right answer rates Good in FSRS and each wrong one Again.
 * Pure, and the only place the rules live: the server applies it as each answer is stored, and a
 * rebuild folds it over every stored answer, with the same result.
 */
export function nextState(state: QuestionState | undefined, answer: AnswerFact): QuestionState {
	const at = new Date(answer.createdAt);
	const rating = answer.correct ? Rating.Good : Rating.Again;
	const cards = Object.fromEntries(
		reviewLoadNames.map((load) => {
			const card = schedulers[load].next(
				state?.cards[load] ?? createEmptyCard(at),
				at,
				rating
			).card;
			return [
				load,
				{ ...card, due: card.due.toISOString(), last_review: card.last_review?.toISOString() }
			];
		})
	) as Record<ReviewLoad, StoredCard>;
	const first = state?.first ?? {
		correct: answer.correct,
		earned: answer.earned,
		total: answer.total,
		at: answer.createdAt
	};
	const review = answer.context === 'review';
	const reviewDay = answer.createdAt.slice(0, 10);
	return {
		questionId: answer.questionId,
		attempts: (state?.attempts ?? 0) + 1,
		first,
		latest: {
			id: answer.id,
			correct: answer.correct,
			context: answer.context,
			at: answer.createdAt
		},
		spacedRight:
			(state?.spacedRight ?? false) ||
			(review && answer.correct && Date.parse(answer.createdAt) - Date.parse(first.at) >= day),
		lastReviewRight: review ? answer.correct : state?.lastReviewRight,
		reviewDay: review ? reviewDay : state?.reviewDay,
		reviewsThatDay: !review
			? (state?.reviewsThatDay ?? 0)
			: state?.reviewDay === reviewDay
				? state.reviewsThatDay + 1
				: 1,
		cards,
		before: state && masteryFacts(state)
	};
}

/** The state of every question answered, from answers oldest first. */
export function statesOf(answers: Iterable<AnswerFact>): Map<string, QuestionState> {
	const states = new Map<string, QuestionState>();
	for (const answer of answers)
		states.set(answer.questionId, nextState(states.get(answer.questionId), answer));
	return states;
}
