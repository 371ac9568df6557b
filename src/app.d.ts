// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The learner this browser speaks for, resolved once per request by the hook. */
			learnerId?: string;
			/** What was read of that learner as the request began (their pages' version, held tests). */
			learner?: import('$lib/server/db').LearnerAtRequest;
			/** The teacher signed in on this browser, resolved by the hook when a session cookie came. */
			teacher?: import('$lib/server/identity/teacher').Teacher;
			/** The status of a refused form action, to be sent on the wire (see refuse.ts). */
			failure?: number;
			/** How the page being rendered may be cached (see delivery/cacheable.ts). */
			cache?: import('$lib/server/delivery/cacheable').CachePolicy;
			/** HTML a page sends as markup only (see markup.ts). */
			markup?: string[];
		}
	}
}

export {};
