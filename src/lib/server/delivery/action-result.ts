import { json } from '@sveltejs/kit';

/** What a form enhanced with `use:enhance` expects back, as SvelteKit's own form actions answer. */
export type ActionResult =
	| { type: 'success' | 'failure'; status: number; data: unknown }
	| { type: 'redirect'; status: 303; location: string };

/**
 * The response to an enhanced form post, in the wire format SvelteKit's form actions use: JSON
 * whose `data` is the result's data in devalue's format. Written here for plain data (objects,
 * arrays, strings, finite numbers, booleans, null, undefined) because devalue's own writer costs
 * ten times JSON's on the HTML an answer's result carries. Not a public API of the framework:
 * tests/unit/server/action-result.test.ts reads it back as the framework does.
 */
export function actionResult(result: ActionResult): Response {
	const body = 'data' in result ? { ...result, data: devalueOf(result.data) } : result;
	return json(body, {
		status: result.type === 'failure' ? result.status : 200,
		headers: { 'cache-control': 'no-store' }
	});
}

/** devalue's format: a flat array whose first entry is the value, objects naming entries by index. */
export function devalueOf(value: unknown): string {
	const entries: string[] = [];
	const add = (v: unknown): number => {
		// devalue's indices for values JSON cannot hold.
		if (v === undefined) return -1;
		if (Object.is(v, -0)) return -6;
		const index = entries.push('') - 1;
		if (Array.isArray(v)) entries[index] = `[${v.map(add).join(',')}]`;
		else if (v !== null && typeof v === 'object') {
			// As devalue: its reader refuses such a key, which could set an object's prototype.
			if (Object.hasOwn(v, '__proto__')) throw new Error('cannot send a __proto__ key');
			entries[index] = `{${Object.entries(v)
				.map(([key, item]) => `${JSON.stringify(key)}:${add(item)}`)
				.join(',')}}`;
		} else if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`cannot send ${v}`);
		else if (v === null || ['string', 'number', 'boolean'].includes(typeof v))
			entries[index] = JSON.stringify(v);
		else throw new Error(`cannot send a ${typeof v}`);
		return index;
	};
	const root = add(value);
	return root < 0 ? String(root) : `[${entries.join(',')}]`;
}
