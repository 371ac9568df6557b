import { parse } from 'devalue';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { actionResult, devalueOf } from '$lib/server/delivery/action-result';

/** How the browser side of `use:enhance` reads a result (SvelteKit's `deserialize`). */
async function deserialize(response: Response) {
	const parsed = JSON.parse(await response.text());
	if (parsed.data) parsed.data = parse(parsed.data);
	return parsed;
}

test('an answer result reads back as SvelteKit reads its own', async () => {
	const data = {
		questionId: 'q1',
		attempts: 2,
		reveal: {
			score: { earned: 0, total: 1, correct: false, parts: { a: false } },
			accepted: undefined,
			explanationHtml:
				'<p>He said "¡Quieto!" <a href="/m/sources#x" title="A \\ B">x</a>\u2028</p>',
			sources: [{ id: 'x', label: 'El País 1981a' }],
			nothing: null
		}
	};
	const response = actionResult({ type: 'success', status: 200, data });
	expect(response.status).toBe(200);
	expect(await deserialize(response)).toEqual({ type: 'success', status: 200, data });
});

test('a refusal carries its status on the wire as well as inside', async () => {
	const response = actionResult({ type: 'failure', status: 400, data: { error: 'No.' } });
	expect(response.status).toBe(400);
	expect(await deserialize(response)).toEqual({
		type: 'failure',
		status: 400,
		data: { error: 'No.' }
	});
});

test('any plain data survives the trip', () => {
	const hasProtoKey = (v: unknown): boolean =>
		v !== null &&
		typeof v === 'object' &&
		(Object.hasOwn(v, '__proto__') || Object.values(v).some(hasProtoKey));
	expect(() => devalueOf(JSON.parse('{"__proto__":{}}'))).toThrow();
	fc.assert(
		fc.property(
			fc.jsonValue().filter((v) => !hasProtoKey(v)),
			(value) => {
				expect(parse(devalueOf(value))).toEqual(value);
			}
		),
		{ numRuns: 2_000 }
	);
});
