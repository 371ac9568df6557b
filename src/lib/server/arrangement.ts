import { createHash, createHmac, randomBytes } from 'node:crypto';
import { env } from '$env/dynamic/private';
import type { Question } from '$lib/content/types';
import { toPublic, type Arrange } from '$lib/quiz/public';
import type { PublicQuestion } from '$lib/quiz/types';
import { getDb, setting } from './db';

/*
 * The order a learner sees a question's parts in: a shuffle drawn from a keyed hash of the
 * server's secret, the learner and the question. The same learner sees the same order on every
 * visit, with JavaScript or without; other learners see other orders; a reader with no cookie
 * sees an order nobody can work out from the content, since it takes the secret.
 */

let secret: Promise<Uint8Array> | undefined;

/** PARALLELS_SECRET if set (it must be the same on every server), else one kept in the database. */
export function serverSecret(): Promise<Uint8Array> {
	secret ??= (async () => {
		if (env.PARALLELS_SECRET) return createHash('sha256').update(env.PARALLELS_SECRET).digest();
		const hex = await setting(await getDb(), 'arrangement-secret', () =>
			randomBytes(32).toString('hex')
		);
		return Buffer.from(hex, 'hex');
	})().catch((error) => {
		secret = undefined;
		throw error;
	});
	return secret;
}

/** The arrangement of one question's parts for one learner (`undefined`: a reader with no cookie). */
export function arrangement(
	key: Uint8Array,
	learnerId: string | undefined,
	questionId: string
): Arrange {
	return <T>(items: T[], list: string): T[] => {
		const random = stream(key, `${learnerId ?? ''}\0${questionId}\0${list}`);
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor((random() / 2 ** 32) * (i + 1));
			[out[i], out[j]] = [out[j]!, out[i]!];
		}
		return out;
	};
}

/** Unsigned 32-bit numbers from HMAC-SHA256 of `label` with a counter: as many as asked for. */
function stream(key: Uint8Array, label: string): () => number {
	let block = Buffer.alloc(0);
	let offset = 0;
	let counter = 0;
	return () => {
		if (offset + 4 > block.length) {
			block = createHmac('sha256', key).update(`${label}\0${counter++}`).digest();
			offset = 0;
		}
		const value = block.readUInt32BE(offset);
		offset += 4;
		return value;
	};
}

/** Questions as one learner is shown them: no keys, and their parts in that learner's order. */
export async function shownTo(
	learnerId: string | undefined,
	questions: Question[]
): Promise<PublicQuestion[]> {
	const key = await serverSecret();
	return questions.map((q) => toPublic(q, arrangement(key, learnerId, q.id)));
}
