import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Keeps an invitation for `email`, valid for `days`; only the token's hash is stored. */
export async function createInvite(
	db: Kysely<Database>,
	email: string,
	token: string,
	days: number,
	now = new Date()
): Promise<void> {
	await db
		.insertInto('teacher_invites')
		.values({
			token_hash: hashOf(token),
			email,
			created_at: now.toISOString(),
			expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
			used_at: null
		})
		.execute();
}

/** The e-mail an unused, unexpired invitation is for. */
export async function inviteEmail(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<string | undefined> {
	const row = await db
		.selectFrom('teacher_invites')
		.select('email')
		.where('token_hash', '=', hashOf(token))
		.where('used_at', 'is', null)
		.where('expires_at', '>', now.toISOString())
		.executeTakeFirst();
	return row?.email;
}

/** Marks an invitation used; false when it was not open (used meanwhile, expired or unknown). */
export async function useInvite(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('teacher_invites')
		.set({ used_at: now.toISOString() })
		.where('token_hash', '=', hashOf(token))
		.where('used_at', 'is', null)
		.where('expires_at', '>', now.toISOString())
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
