import { LRUCache } from 'lru-cache';

/**
 * How fast one learner may answer: a bucket of `burst` answers that refills at `perMinute`, kept
 * in this server's memory for the learners seen lately. Reading takes time: a learner answering a
 * whole worksheet at speed stays well inside it; a script storing answers by the thousand does
 * not. `perMinute` 0 turns the limit off.
 */
export function createAnswerRate(perMinute: number, burst = 30) {
	const buckets = new LRUCache<string, { tokens: number; at: number }>({ max: 100_000 });
	return {
		/** Seconds until this learner may answer again; 0 when they may now (and it is counted). */
		wait(learnerId: string, now = Date.now()): number {
			if (perMinute <= 0) return 0;
			const bucket = buckets.get(learnerId) ?? { tokens: burst, at: now };
			const tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
			if (tokens < 1) {
				buckets.set(learnerId, { tokens, at: now });
				return Math.ceil(((1 - tokens) * 60) / perMinute);
			}
			buckets.set(learnerId, { tokens: tokens - 1, at: now });
			return 0;
		}
	};
}
