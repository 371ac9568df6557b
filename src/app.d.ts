// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The status of a refused form action, to be sent on the wire (see refuse.ts). */
			failure?: number;
			/** HTML a page sends as markup only (see markup.ts). */
			markup?: string[];
		}
	}
}

export {};
