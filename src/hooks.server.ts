import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { m } from '$lib/i18n';
import { databaseHealth, storageFault } from '$lib/server/db';
import { databaseTarget } from '$lib/server/db/dialect';
import { delivery } from '$lib/server/delivery/page-delivery';
import { learnerOf } from '$lib/server/identity/learner';
import { teacherOf } from '$lib/server/identity/teacher';

/**
 * At start, the server makes sure it can write its database, and stops with the reason when it
 * cannot (a wrong path, a full disk, a database server it cannot reach).
 */
export const init: ServerInit = async () => {
	if (building) return;
	const health = await databaseHealth();
	if (health.ok) return;
	const target = databaseTarget(env).replace(/\/\/[^@/]*@/, '//');
	console.error(
		`Parallels cannot start: it cannot write its database at ${target}, because ${health.problem}. Set DATABASE_PATH (a SQLite file) or DATABASE_URL (postgres://...) to a database it can write.`
	);
	process.exit(1);
};

/** A fault of the storage, at run time, is said in plain words; other errors stay generic. */
export const handleError: HandleServerError = ({ error, message }) => {
	const fault = storageFault(error);
	return { message: fault ? m.errors.notStored(fault) : message };
};

/**
 * A form post naming the action `default` (`?/default`), which SvelteKit reserves and answers with
 * an internal error: a client's mistake, refused as one.
 */
const reservedAction: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST' && event.url.searchParams.has('/default'))
		return new Response('No such action: post the form to its page without ?/default.', {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	return resolve(event);
};

/** Who the request speaks for, worked out once; routes read `locals`, never the cookie. */
const identity: Handle = async ({ event, resolve }) => {
	const learner = await learnerOf(event.cookies);
	event.locals.learnerId = learner?.id;
	event.locals.learner = learner?.known;
	event.locals.teacher = await teacherOf(event);
	return resolve(event);
};

// Security headers are set on every response, static files included, in scripts/start.js.
export const handle = sequence(reservedAction, identity, delivery);
