/** Review settings: how much is asked a day, and how firmly it is kept (FSRS retention). */
export const reviewLoads = {
	light: { perDay: 8, retention: 0.8 },
	normal: { perDay: 15, retention: 0.9 },
	intensive: { perDay: 30, retention: 0.95 }
} as const;
export type ReviewLoad = keyof typeof reviewLoads;
export const reviewLoadNames = Object.keys(reviewLoads) as ReviewLoad[];

/** Own keys only: "constructor" or "toString" is not a review load. */
export function isReviewLoad(value: unknown): value is ReviewLoad {
	return typeof value === 'string' && Object.hasOwn(reviewLoads, value);
}
