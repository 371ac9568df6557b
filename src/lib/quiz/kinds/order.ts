import type { ClientKind, Part } from './base.ts';
import { notAsWritten, part } from './base.ts';

/** The field holding an item's position, 1 for the first. */
export const positionField = (itemId: string) => `position.${itemId}`;
export const positionPrefix = 'position.';

export interface OrderPublic {
	/** Never in the right order. */
	items: Part[];
}
export interface OrderAnswer {
	kind: 'order';
	/** Item ids, first to last. */
	order: string[];
}

export const order: ClientKind<'order', OrderPublic, OrderAnswer> = {
	toPublic: (question, arrange) => {
		const items = question.items.map(part);
		return { items: notAsWritten(arrange(items, 'items'), items) };
	},
	toForm: (answer) => answer.order.map((id, i) => [positionField(id), String(i + 1)])
};
