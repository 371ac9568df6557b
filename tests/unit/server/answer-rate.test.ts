import { expect, test } from 'vitest';
import { createAnswerRate } from '$lib/server/identity/answer-rate';

test('a learner may answer a burst at once, then as fast as the rate refills', () => {
	const rate = createAnswerRate(60, 5); // one a second, five at once
	const t = 1_000_000;
	for (let i = 0; i < 5; i++) expect(rate.wait('L1', t)).toBe(0);
	expect(rate.wait('L1', t)).toBe(1);
	expect(rate.wait('L2', t)).toBe(0); // another learner is not held back
	expect(rate.wait('L1', t + 1000)).toBe(0);
	expect(rate.wait('L1', t + 1000)).toBe(1);
	expect(rate.wait('L1', t + 60_000)).toBe(0); // refilled, up to the burst
});

test('a rate of 0 is no limit', () => {
	const rate = createAnswerRate(0);
	for (let i = 0; i < 1000; i++) expect(rate.wait('L1', 0)).toBe(0);
});
