import { en } from './en.ts';

export type { Messages } from './en.ts';

/** The interface's words. One language today; a translation is another file of the same shape. */
export const m = en;
