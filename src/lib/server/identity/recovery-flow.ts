import type { RequestEvent } from '@sveltejs/kit';
import {
	countAttempts,
	getDb,
	learnerByCode,
	linkBrowser,
	mergeLearner,
	holdLimits,
	recordFailedTry,
	waitBeforeTry,
	type Limit
} from '../db';
import { storedLearner, switchLearner } from './learner';
import { normalizeRecoveryCode } from './recovery';

/** What entering a recovery code led to. */
export type Recovery =
	| { kind: 'blocked'; minutes: number }
	| { kind: 'unknown'; typed: string }
	/** This browser has answers of its own: the learner must say what becomes of them. */
	| { kind: 'confirm'; code: string; here: number }
	/** `kept`: this browser's own answers stay stored apart, under their own code. */
	| { kind: 'done'; merged: boolean; kept: boolean };

/**
 * Wrong codes allowed in a quarter of an hour: a few per browser, so that a guessing browser
 * stops soon, and many more per network, so that one pupil's typos never lock out a class on a
 * school's single address, while guessing from one network stays slow. Trying the same wrong
 * code again counts once.
 */
export const recoveryLimits = { browser: 5, network: 100, windowMs: 15 * 60_000 };

/** The clients a wrong code counts against: this browser, and the network it is on. */
export async function limitsOf(event: RequestEvent): Promise<Limit[]> {
	return [
		{ client: `browser:${await storedLearner(event)}`, max: recoveryLimits.browser },
		{ client: `network:${networkOf(event.getClientAddress())}`, max: recoveryLimits.network }
	];
}

/**
 * The network an address belongs to, as limits count it: an IPv4 address itself; an IPv6
 * address by its first 64 bits, which one household or school is given whole.
 */
export function networkOf(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped) return mapped[1]!;
	if (!address.includes(':')) return address;
	const [head = '', tail = ''] = address.toLowerCase().split('::');
	const front = head ? head.split(':') : [];
	const back = tail ? tail.split(':') : [];
	const groups = address.includes('::')
		? [...front, ...Array(8 - front.length - back.length).fill('0'), ...back]
		: front;
	return `${groups
		.slice(0, 4)
		.map((group) => group.replace(/^0+(?=.)/, ''))
		.join(':')}::/64`;
}

/**
 * Continues the progress a recovery code names on this browser. When this browser already holds
 * answers, nothing happens until the learner chooses to merge them in or keep them apart; no
 * choice deletes anything. The limits are checked before the request's body is read, and again,
 * with the code's lookup and the failure's record, in one transaction, so that tries sent at once
 * cannot slip past them.
 */
export async function recover(event: RequestEvent): Promise<Recovery> {
	const db = await getDb();
	const limits = await limitsOf(event);
	const blocked = (wait: number): Recovery => ({
		kind: 'blocked',
		minutes: Math.ceil(wait / 60_000)
	});
	const early = await waitBeforeTry(db, limits, recoveryLimits.windowMs);
	if (early > 0) return blocked(early);

	const form = await event.request.formData().catch(() => undefined);
	const typed = String(form?.get('code') ?? '').slice(0, 40);
	const code = normalizeRecoveryCode(typed);
	const found = await db
		.transaction()
		.execute(async (trx): Promise<{ wait: number } | { target?: string }> => {
			await holdLimits(
				trx,
				limits.map((limit) => limit.client)
			);
			const wait = await waitBeforeTry(trx, limits, recoveryLimits.windowMs);
			if (wait > 0) return { wait };
			const target = code ? await learnerByCode(trx, code) : undefined;
			if (!target && typed.trim())
				await recordFailedTry(
					trx,
					limits.map((limit) => limit.client),
					code ?? typed.trim().toUpperCase(),
					recoveryLimits.windowMs
				);
			return { target };
		});
	if ('wait' in found) return blocked(found.wait);
	const { target } = found;
	if (!code || !target) return { kind: 'unknown', typed };

	const current = event.locals.learnerId;
	if (current === target) return { kind: 'done', merged: false, kept: false };
	const here = current ? await countAttempts(db, current) : 0;
	const choice = form?.get('choice');
	if (here > 0 && choice !== 'merge' && choice !== 'apart') return { kind: 'confirm', code, here };
	const merged = here > 0 && !!current && choice === 'merge';
	if (merged) await mergeLearner(db, current, target);
	await linkBrowser(db, target);
	switchLearner(event, target);
	return { kind: 'done', merged, kept: here > 0 && !merged };
}
