import type { ClientKind, Part } from './base.ts';
import { part } from './base.ts';

/** The field holding the group chosen for an item. */
export const categoryField = (itemId: string) => `category.${itemId}`;
export const categoryPrefix = 'category.';

export interface CategorizePublic {
	categories: { id: string; label: string }[];
	items: Part[];
}
export interface CategorizeAnswer {
	kind: 'categorize';
	/** Category id by item id. */
	placement: Record<string, string>;
}

export const categorize: ClientKind<'categorize', CategorizePublic, CategorizeAnswer> = {
	toPublic: (question, arrange) => ({
		categories: question.categories.map(({ id, label }) => ({ id, label })),
		items: arrange(question.items.map(part), 'items')
	}),
	toForm: (answer) =>
		Object.entries(answer.placement).map(([item, category]) => [categoryField(item), category])
};
