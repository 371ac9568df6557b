import type * as en from './en.ts';

/** The interface's words. One language today; a translation is another module of the same shape. */
export * as m from './en.ts';

export type Messages = typeof en;
