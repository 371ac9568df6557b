import { randomBytes } from 'node:crypto';
import { getDb, recordFailedTry, waitBeforeTry, type Limit } from '../db';

/** Failures counted in a quarter of an hour: wrong codes, wrong passwords. */
export const limitWindowMs = 15 * 60_000;

/** Minutes to wait before `limits` allow another try; 0 when they allow one now. */
export async function minutesToWait(limits: Limit[]): Promise<number> {
	const wait = await waitBeforeTry(await getDb(), limits, limitWindowMs);
	return wait > 0 ? Math.ceil(wait / 60_000) : 0;
}

/**
 * Counts a failure against each of `limits`: `tried` is what was tried (the same thing tried again
 * counts once), or nothing when every failure counts (a password, which is never stored).
 */
export async function countFailure(limits: Limit[], tried?: string): Promise<void> {
	await recordFailedTry(
		await getDb(),
		limits.map((limit) => limit.client),
		tried ?? randomBytes(9).toString('base64url'),
		limitWindowMs
	);
}
