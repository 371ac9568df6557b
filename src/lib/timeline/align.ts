import type { TimelineEvent } from '$lib/content/types';
import { m } from '$lib/i18n';

/** An event as the timeline page receives it: its sources stay on the sources page. */
export type TimelineInput = Omit<TimelineEvent, 'sources'>;

export interface TimelinePoint extends TimelineInput {
	/** Milliseconds since the epoch, in UTC, where the point is drawn (see alignTimeline). */
	at: number;
	/** Hours since the case's onset; negative before it. */
	hours: number;
	/** True when only the date is known. */
	dateOnly: boolean;
	/** The hours since the onset the event may fall in: its whole local day when only the date is known. */
	span: [number, number];
}

export interface Lane {
	case: string;
	points: TimelinePoint[];
	/** UTC milliseconds of the onset. */
	onset: number;
	onsetTimezone?: string;
}

const hour = 3_600_000;

/** UTC milliseconds of a local date and time in a `UTC+N` zone. */
export function toUtc(date: string, time = '00:00', timezone = 'UTC+0'): number {
	const zone = /^UTC([+-])(\d{1,2})(?::(\d{2}))?$/.exec(timezone);
	const [, sign, h, min] = zone ?? ['', '+', '0', '0'];
	const offset = (Number(h) * 60 + Number(min ?? 0)) * (sign === '-' ? -1 : 1);
	return Date.parse(`${date}T${time}:00Z`) - offset * 60_000;
}

/**
 * One lane per case, each measured from its own onset: the event marked `onset`, or else the
 * earliest timed event. Lanes follow `cases`; events of unknown cases are dropped.
 *
 * An event known only by its date could have happened at any time of its local day (in its own
 * zone, or else the lane's), and the day is its `span`. It is drawn after the timed events of the
 * same day, halfway between the last of them (or the start of the day) and the day's end, and
 * listed after them: never before one of them by accident.
 */
export function alignTimeline(events: TimelineInput[], cases: string[]): Lane[] {
	return cases.map((slug) => {
		const own = events.filter((event) => event.case === slug);
		const timed = own
			.filter((event) => event.time)
			.map((event) => ({ event, at: toUtc(event.date, event.time, event.timezone) }));
		const zeroEvent =
			own.find((event) => event.onset) ??
			timed.reduce<(typeof timed)[number] | undefined>(
				(first, t) => (!first || t.at < first.at ? t : first),
				undefined
			)?.event ??
			own[0];
		const zone = zeroEvent?.timezone ?? timed[0]?.event.timezone;
		const points: (TimelinePoint & { order: number })[] = own.map((event) => {
			if (event.time) {
				const at = toUtc(event.date, event.time, event.timezone);
				return { ...event, at, dateOnly: false, hours: 0, span: [at, at], order: at };
			}
			const start = toUtc(event.date, '00:00', event.timezone ?? zone);
			const end = start + 24 * hour;
			const lastTimed = Math.max(
				start,
				...timed.filter((t) => t.at >= start && t.at < end).map((t) => t.at)
			);
			const at = (lastTimed + end) / 2;
			return { ...event, at, dateOnly: true, hours: 0, span: [start, end], order: end - 1 };
		});
		points.sort((a, b) => a.order - b.order || a.at - b.at);
		const zero = zeroEvent && points.find((point) => point.id === zeroEvent.id);
		const onset = zero ? (zero.dateOnly ? zero.span[0] : zero.at) : 0;
		const lane = points.map(({ order: _order, ...point }) => ({
			...point,
			hours: (point.at - onset) / hour,
			span: [(point.span[0] - onset) / hour, (point.span[1] - onset) / hour] as [number, number]
		}));
		return { case: slug, points: lane, onset, onsetTimezone: zone };
	});
}

/** Time since the start: of the point, or, when only its date is known, of its whole day. */
export function formatSince(point: Pick<TimelinePoint, 'hours' | 'dateOnly' | 'span'>): string {
	if (!point.dateOnly) return formatOffset(point.hours);
	// Far from the start a day is lost in the rounding; near it, the day is the answer.
	if (Math.abs(point.hours) >= 48) return m.format.sinceStart.about(formatOffset(point.hours));
	const [from, to] = point.span.map(formatOffset) as [string, string];
	return m.format.sinceStart.between(from, to);
}

/** Position on a symmetric log scale, so that hours, days and years fit on one axis. */
export function scale(hours: number): number {
	return Math.sign(hours) * Math.log10(1 + Math.abs(hours));
}

/** "+5 h", "+3 d", "−2 y": time from the onset in the largest unit that reads well. */
export function formatOffset(hours: number): string {
	const words = m.format.sinceStart;
	const sign = hours < 0 ? -1 : 1;
	const h = Math.abs(hours);
	if (h < 0.5) return words.start;
	if (h < 48) return words.hours(sign * Math.round(h));
	const days = h / 24;
	if (days < 60) return words.days(sign * Math.round(days));
	if (days < 730) return words.months(sign * Math.round(days / 30.44));
	return words.years(sign * Math.round(days / 365.25));
}

/** Tick marks for an axis spanning `from`..`to` hours. */
export function ticks(from: number, to: number): number[] {
	// No ±1 h mark: on a log scale it would crowd the label of the start.
	const marks = [6, 24, 24 * 7, 24 * 30, 24 * 365, 24 * 365 * 10];
	return [0, ...marks, ...marks.map((mark) => -mark)]
		.filter((h) => h >= from && h <= to)
		.sort((a, b) => a - b);
}

/** Local calendar date and time of a point, as written in the content. */
export function formatCalendar(point: Pick<TimelinePoint, 'date' | 'time' | 'timezone'>): string {
	const [y, month, d] = point.date.split('-').map(Number) as [number, number, number];
	const date = formatDate(new Date(Date.UTC(y, month - 1, d)));
	return point.time
		? `${date}, ${point.time} ${point.timezone ?? ''}`.trim()
		: m.format.sinceStart.dateOnly(date);
}

/** The calendar date `hours` after `onset`, in the lane's zone: for per-lane axis labels. */
export function calendarAt(onset: number, hours: number, timezone = 'UTC+0'): string {
	const [, sign, h] = /^UTC([+-])(\d{1,2})/.exec(timezone) ?? ['', '+', '0'];
	const local = new Date(onset + hours * hour + Number(h) * (sign === '-' ? -1 : 1) * hour);
	return formatDate(local);
}

/** A day as the timeline writes it (6 Jan 2022), from the UTC fields of `date`. */
function formatDate(date: Date): string {
	return m.format.day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Points in the other lanes that the content pairs with `point` by moment. */
export function comparable(lanes: Lane[], point: TimelinePoint): TimelinePoint[] {
	if (!point.moment) return [];
	return lanes.flatMap((lane) =>
		lane.case === point.case ? [] : lane.points.filter((p) => p.moment === point.moment)
	);
}
