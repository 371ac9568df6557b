import { describe, expect, test } from 'vitest';
import {
	alignTimeline,
	calendarAt,
	comparable,
	formatCalendar,
	formatOffset,
	formatSince,
	scale,
	ticks,
	toUtc
} from '$lib/timeline/align';
import { m } from '$lib/i18n';

const events = [
	{
		id: 'es-vote',
		case: 'es',
		date: '1981-02-23',
		time: '18:23',
		timezone: 'UTC+1',
		title: 'Assault',
		onset: true,
		moment: 'start'
	},
	{
		id: 'es-king',
		case: 'es',
		date: '1981-02-24',
		time: '01:14',
		timezone: 'UTC+1',
		title: 'King on TV',
		moment: 'address'
	},
	{ id: 'es-before', case: 'es', date: '1981-01-29', title: 'Suárez resigns' },
	{
		id: 'kz-price',
		case: 'kz',
		date: '2022-01-01',
		time: '17:20',
		timezone: 'UTC+5',
		title: 'First protest',
		moment: 'start'
	},
	{
		id: 'kz-address',
		case: 'kz',
		date: '2022-01-05',
		time: '19:00',
		timezone: 'UTC+6',
		title: 'Tokayev on TV',
		moment: 'address'
	},
	{ id: 'xx', case: 'unknown', date: '2000-01-01', title: 'Dropped' }
];

describe('alignTimeline', () => {
	const lanes = alignTimeline(events, ['kz', 'es']);

	test('one lane per case, in the order given, unknown cases dropped', () => {
		expect(lanes.map((l) => l.case)).toEqual(['kz', 'es']);
		expect(lanes.flatMap((l) => l.points).map((p) => p.id)).not.toContain('xx');
	});

	test('the marked onset is zero and earlier events are negative', () => {
		const es = lanes[1]!;
		expect(es.points.map((p) => [p.id, Math.round(p.hours * 10) / 10])).toEqual([
			['es-before', -606.4],
			['es-vote', 0],
			['es-king', 6.9]
		]);
	});

	test('without a marked onset the earliest event is zero, and time zones are honoured', () => {
		const kz = lanes[0]!;
		// 17:20 at UTC+5 on 1 Jan to 19:00 at UTC+6 on 5 Jan: 4 days and 40 minutes
		expect(kz.points[1]!.hours).toBeCloseTo(96 + 40 / 60, 5);
	});

	test('comparable moments are found in the other lanes', () => {
		const king = lanes[1]!.points.find((p) => p.id === 'es-king')!;
		expect(comparable(lanes, king).map((p) => p.id)).toEqual(['kz-address']);
		const vote = lanes[1]!.points.find((p) => p.id === 'es-vote')!;
		expect(comparable(lanes, vote).map((p) => p.id)).toEqual(['kz-price']);
	});
});

describe('an event known only by its date', () => {
	// 23 February 1981: the assault at 18:23 (the onset), the King at 01:14 the next day, and two
	// events of those days with no time.
	const lane = alignTimeline(
		[
			...events.filter((e) => e.case === 'es'),
			{ id: 'es-rtve', case: 'es', date: '1981-02-23', title: 'RTVE occupied' },
			{ id: 'es-surrender', case: 'es', date: '1981-02-24', title: 'Surrender' }
		],
		['es']
	)[0]!;
	const point = (id: string) => lane.points.find((p) => p.id === id)!;

	test('is never placed before the timed events of its day, nor listed before them', () => {
		expect(point('es-rtve').hours).toBeGreaterThan(point('es-vote').hours);
		expect(point('es-surrender').hours).toBeGreaterThan(point('es-king').hours);
		expect(lane.points.map((p) => p.id)).toEqual([
			'es-before',
			'es-vote',
			'es-rtve',
			'es-king',
			'es-surrender'
		]);
	});

	test('spans its whole local day, in the zone of its lane, and says so', () => {
		// 23 Feb 00:00 to 24:00 at UTC+1, from the onset at 18:23
		expect(point('es-rtve').span.map((h) => Math.round(h * 100) / 100)).toEqual([-18.38, 5.62]);
		expect(point('es-rtve').dateOnly).toBe(true);
		expect(formatSince(point('es-rtve'))).toBe('between −18 h and +6 h');
		expect(formatSince(point('es-vote'))).toBe('start');
		expect(formatSince(point('es-before'))).toBe('about −25 d');
		// a timed point spans nothing
		expect(point('es-king').span[0]).toBe(point('es-king').span[1]);
	});

	test('a point read aloud says when it happened from the start, or that it is the start', () => {
		const named = (id: string) =>
			m.timeline.point('Spain', formatCalendar(point(id)), formatSince(point(id)), point(id).title);
		expect(named('es-vote')).toMatch(/, at the start: Assault$/);
		expect(named('es-king')).toMatch(/, \+7 h from the start: King on TV$/);
		expect(named('es-rtve')).toMatch(/, between −18 h and \+6 h from the start: /);
	});
});

test('toUtc converts a local time in a UTC+N zone', () => {
	expect(new Date(toUtc('1991-08-19', '06:00', 'UTC+3')).toISOString()).toBe(
		'1991-08-19T03:00:00.000Z'
	);
});

test('formatOffset picks a readable unit', () => {
	expect([0, 5, 47, 72, 24 * 90, -24 * 365 * 3].map(formatOffset)).toEqual([
		'start',
		'+5 h',
		'+47 h',
		'+3 d',
		'+3 mo',
		'−3 y'
	]);
});

test('scale is symmetric and monotonic', () => {
	expect(scale(0)).toBe(0);
	expect(scale(-10)).toBe(-scale(10));
	expect(scale(24)).toBeGreaterThan(scale(18));
});

test('ticks fall inside the range', () => {
	expect(ticks(-30, 200)).toEqual([-24, -6, 0, 6, 24, 168]);
});

test('calendar labels use the content’s own local date', () => {
	expect(formatCalendar({ date: '1981-02-24', time: '01:14', timezone: 'UTC+1' })).toBe(
		'24 Feb 1981, 01:14 UTC+1'
	);
	expect(formatCalendar({ date: '1991-08-19' })).toBe('19 Aug 1991, time not known');
	expect(calendarAt(toUtc('1981-02-23', '18:23', 'UTC+1'), 6, 'UTC+1')).toBe('24 Feb 1981');
});

test('days are written as the locale writes them, without a browser date formatter', () => {
	const intl = new Intl.DateTimeFormat(m.format.locale, {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	});
	for (const [y, month, d] of [
		[1981, 2, 23],
		[2022, 1, 5],
		[1991, 8, 19],
		[1991, 12, 26],
		...Array.from({ length: 12 }, (_, i) => [2020, i + 1, 30 - i])
	] as const) {
		const date = `${y}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
		expect(formatCalendar({ date, time: '10:00' })).toBe(
			`${intl.format(new Date(Date.UTC(y, month - 1, d)))}, 10:00`
		);
	}
});
