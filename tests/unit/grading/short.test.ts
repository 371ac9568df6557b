import { describe, expect, test } from 'vitest';
import { compareShort, normalizeAnswer, tolerance } from '$lib/server/grading/kinds/short';

describe('what a knowledgeable learner writes is accepted', () => {
	test.each([
		['CSTO', ['CSTO']],
		['c.s.t.o.', ['CSTO']],
		['the CIS', ['CIS']],
		['Milans del Bosh', ['Milans del Bosch']],
		['Gorbachov', ['Gorbachev']],
		['Nursultan Nazarbaev', ['Nursultan Nazarbayev']],
		['liquified petroleum gas', ['liquefied petroleum gas']]
	])('"%s" for %j', (text, accept) => {
		expect(compareShort(accept, text)).toBe('right');
	});

	test.each([
		['NATO', ['CSTO']],
		['1982', ['1981']],
		['Yazov', ['Yanayev']],
		['', ['CSTO']]
	])('"%s" is not %j', (text, accept) => {
		expect(compareShort(accept, text)).toBe('wrong');
	});

	test('a name a few letters off is close: worth a second look, not yet graded', () => {
		expect(compareShort(['Kryuchkov'], 'Krushkof')).toBe('close');
		expect(compareShort(['Tokayev'], 'Tokaeff')).toBe('close');
	});

	test('the tolerance grows with the answer: none for a short word or a number', () => {
		expect([4, 5, 8, 9, 14, 15].map(tolerance)).toEqual([0, 1, 1, 2, 2, 3]);
		expect(compareShort(['KNB'], 'KGB')).toBe('wrong');
	});

	test('articles, case, accents and punctuation are folded away', () => {
		expect(normalizeAnswer('The  Gorbachëv-era!')).toBe(normalizeAnswer('gorbachev era'));
		expect(normalizeAnswer('A')).toBe('a');
	});
});
