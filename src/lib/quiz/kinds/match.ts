import type { ClientKind, Part } from './base.ts';
import { notAsWritten, part } from './base.ts';

/** The field holding the right side chosen for a left side. */
export const matchField = (leftId: string) => `match.${leftId}`;
export const matchPrefix = 'match.';

export interface MatchPublic {
	lefts: Part[];
	/** Plain text (shown in a select), never in the order of the lefts. */
	rights: { id: string; text: string }[];
}
export interface MatchAnswer {
	kind: 'match';
	/** Right side id by left side id. */
	pairs: Record<string, string>;
}

export const match: ClientKind<'match', MatchPublic, MatchAnswer> = {
	toPublic: (question, arrange) => {
		const rights = question.pairs.map(({ right }) => ({ id: right.id, text: right.text }));
		return {
			lefts: arrange(
				question.pairs.map((pair) => part(pair.left)),
				'lefts'
			),
			// Written beside their lefts, the rights must never be shown in that order.
			rights: notAsWritten(arrange(rights, 'rights'), rights)
		};
	},
	toForm: (answer) => Object.entries(answer.pairs).map(([left, right]) => [matchField(left), right])
};
