import type { QuestionKind } from '$lib/content/types';
import type { ClientKind } from './base.ts';
import { categorize } from './categorize.ts';
import { multiple, single } from './choice.ts';
import { match } from './match.ts';
import { order } from './order.ts';
import { short } from './short.ts';
import { written } from './written.ts';

/** Every kind's page side; a kind missing here is a compile error. */
export const clientKinds = {
	single,
	multiple,
	order,
	match,
	categorize,
	short,
	written
} satisfies { [K in QuestionKind]: ClientKind<K, object, { kind: K }> };
