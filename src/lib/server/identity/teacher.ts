import { randomBytes } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import { betterAuth } from 'better-auth';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import { env } from '$env/dynamic/private';
import { getDb, isPostgres, setting } from '../db';

/*
 * Teachers sign in with an e-mail and a password; better-auth hashes the passwords and keeps the
 * sessions, in the app's own database (the tables of migration 0008, named below). Its HTTP
 * endpoints are not mounted: the teacher pages' form actions call it on the server, so every
 * step works without JavaScript, and an account is made only through an invitation
 * (npm run teacher:invite).
 */

/** The session cookie is `parallels_teacher.session_token`: HttpOnly, SameSite=Lax. */
const cookiePrefix = 'parallels_teacher';
export const teacherSessionCookie = `${cookiePrefix}.session_token`;
const secureCookie = `__Secure-${teacherSessionCookie}`;

/** A password at least this long; nothing else is asked of it. */
export const minPasswordLength = 10;

/** The signed-in teacher, as pages see them. */
export interface Teacher {
	id: string;
	name: string;
	email: string;
}

async function makeAuth() {
	const db = await getDb();
	const secret =
		env.AUTH_SECRET ||
		(await setting(db, 'auth-secret', () => randomBytes(32).toString('base64url')));
	const origin = env.ORIGIN || undefined;
	const times = { createdAt: 'created_at', updatedAt: 'updated_at' };
	return betterAuth({
		database: { db, type: isPostgres(db) ? 'postgres' : 'sqlite' },
		secret,
		baseURL: origin,
		telemetry: { enabled: false },
		// Without ORIGIN, the origin comes from each request, as for the rest of the app.
		logger: { level: 'error' },
		emailAndPassword: { enabled: true, minPasswordLength, autoSignIn: true },
		session: {
			modelName: 'teacher_sessions',
			expiresIn: 60 * 60 * 24 * 7,
			fields: {
				...times,
				expiresAt: 'expires_at',
				ipAddress: 'ip_address',
				userAgent: 'user_agent',
				userId: 'teacher_id'
			}
		},
		user: { modelName: 'teachers', fields: { ...times, emailVerified: 'email_verified' } },
		account: {
			modelName: 'teacher_accounts',
			fields: {
				...times,
				accountId: 'account_id',
				providerId: 'provider_id',
				userId: 'teacher_id',
				accessToken: 'access_token',
				refreshToken: 'refresh_token',
				idToken: 'id_token',
				accessTokenExpiresAt: 'access_token_expires_at',
				refreshTokenExpiresAt: 'refresh_token_expires_at'
			}
		},
		verification: {
			modelName: 'auth_verifications',
			fields: { ...times, expiresAt: 'expires_at' }
		},
		advanced: { cookiePrefix, useSecureCookies: origin?.startsWith('https:') ?? false },
		plugins: [sveltekitCookies(getRequestEvent)]
	});
}

let auth: ReturnType<typeof makeAuth> | undefined;

/** The app's better-auth, made on first use (the database opens lazily). */
export function getAuth(): ReturnType<typeof makeAuth> {
	auth ??= makeAuth().catch((error: unknown) => {
		auth = undefined;
		throw error;
	});
	return auth;
}

/** The teacher a request's session cookie names, if it names a live session. */
export async function teacherOf(event: RequestEvent): Promise<Teacher | undefined> {
	if (!event.cookies.get(teacherSessionCookie) && !event.cookies.get(secureCookie))
		return undefined;
	const session = await (await getAuth()).api.getSession({ headers: event.request.headers });
	if (!session) return undefined;
	const { id, name, email } = session.user;
	return { id, name, email };
}

/** Signs a teacher in, setting the session cookie; false for a wrong e-mail or password. */
export async function signIn(event: RequestEvent, email: string, password: string) {
	try {
		await (
			await getAuth()
		).api.signInEmail({
			body: { email, password },
			headers: event.request.headers
		});
		return true;
	} catch {
		return false;
	}
}

export async function signOut(event: RequestEvent): Promise<void> {
	await (await getAuth()).api.signOut({ headers: event.request.headers }).catch(() => undefined);
	event.cookies.delete(teacherSessionCookie, { path: '/' });
	event.locals.teacher = undefined;
}

/**
 * Makes the invited teacher's account, or sets a new password for it when one exists (a lost
 * password is replaced by a new invitation; every session of the old one ends). Signs them in.
 */
export async function acceptInvite(
	event: RequestEvent,
	invite: { email: string; name: string; password: string }
): Promise<void> {
	const auth = await getAuth();
	const context = await auth.$context;
	const existing = await context.internalAdapter.findUserByEmail(invite.email);
	if (!existing) {
		await auth.api.signUpEmail({
			body: { email: invite.email, name: invite.name, password: invite.password },
			headers: event.request.headers
		});
		return;
	}
	const hash = await context.password.hash(invite.password);
	await context.internalAdapter.updatePassword(existing.user.id, hash);
	await context.internalAdapter.deleteUserSessions(existing.user.id);
	await auth.api.signInEmail({
		body: { email: invite.email, password: invite.password },
		headers: event.request.headers
	});
}
