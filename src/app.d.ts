// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The status of a refused form action, to be sent on the wire (see refuse.ts). */
			failure?: number;
		}
	}
}

export {};
