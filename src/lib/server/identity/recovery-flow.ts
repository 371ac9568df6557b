import type { RequestEvent } from '@sveltejs/kit';
import { countAttempts, deleteLearner, getDb, learnerByCode, mergeLearner } from '../db';
import { switchLearner } from './learner';
import { normalizeRecoveryCode, recoveryLimiter } from './recovery';

/** What entering a recovery code led to. */
export type Recovery =
	| { kind: 'blocked'; minutes: number }
	| { kind: 'unknown'; typed: string }
	/** This browser has answers of its own: the learner must say what becomes of them. */
	| { kind: 'confirm'; code: string; here: number }
	| { kind: 'done'; merged: boolean };

/**
 * Continues the progress a recovery code names on this browser. When this browser already holds
 * answers, nothing happens until the learner chooses to merge them or to discard them.
 */
export async function recover(
	event: RequestEvent,
	form: FormData | undefined,
	client: string
): Promise<Recovery> {
	const wait = recoveryLimiter.blockedFor(client);
	if (wait > 0) return { kind: 'blocked', minutes: Math.ceil(wait / 60_000) };
	const typed = form?.get('code');
	const code = typeof typed === 'string' ? normalizeRecoveryCode(typed) : undefined;
	const db = await getDb();
	const target = code ? await learnerByCode(db, code) : undefined;
	if (!code || !target) {
		recoveryLimiter.fail(client);
		return { kind: 'unknown', typed: String(typed ?? '').slice(0, 40) };
	}
	const current = event.locals.learnerId;
	if (current === target) return { kind: 'done', merged: false };
	const here = current ? await countAttempts(db, current) : 0;
	const choice = form?.get('choice');
	if (here > 0 && choice !== 'merge' && choice !== 'replace')
		return { kind: 'confirm', code, here };
	if (here > 0 && current && choice === 'merge') await mergeLearner(db, current, target);
	if (here > 0 && current && choice === 'replace') await deleteLearner(db, current);
	switchLearner(event, target);
	return { kind: 'done', merged: choice === 'merge' };
}
