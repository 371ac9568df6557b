import type { z } from 'zod';
import type { ContentKind, QuestionBaseInput } from './base.ts';
import { categorize } from './categorize.ts';
import { match } from './match.ts';
import { multiple } from './multiple.ts';
import { order } from './order.ts';
import { short } from './short.ts';
import { single } from './single.ts';
import { written } from './written.ts';

/**
 * Every question kind, by name: the one declaration of which kinds exist. The client, grading and
 * component registries are checked against it, so a kind missing from one is a compile error.
 */
export const contentKinds = { single, multiple, order, match, categorize, short, written };

export type QuestionKind = keyof typeof contentKinds;
export const questionKinds = Object.keys(contentKinds) as QuestionKind[];

// Each entry builds the kind its key names.
contentKinds satisfies {
	[K in QuestionKind]: ContentKind<K, QuestionBaseInput & { kind: K }, unknown>;
};

/** A question of kind K as written, after validation. */
export type QuestionInputOf<K extends QuestionKind> = z.infer<(typeof contentKinds)[K]['schema']>;
