import { signed } from './helpers.ts';

const months = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Oct',
	'Nov',
	'Dec'
];

/** How dates and times from the start are written. */
export const format = {
	/** The locale dates are written in, e.g. "24 Feb 1981". */
	locale: 'en-GB',
	/**
	 * A day of the calendar as the locale writes it ("24 Feb 1981"; `month` 1–12), written out here:
	 * a browser's first date formatter (Intl) costs a slow phone a tenth of a second to make.
	 */
	day: (year: number, month: number, day: number) => `${day} ${months[month - 1]} ${year}`,
	/** Time from a case's start in the largest unit that reads well; `n` is rounded, signed. */
	sinceStart: {
		start: 'start',
		hours: (n: number) => `${signed(n)} h`,
		days: (n: number) => `${signed(n)} d`,
		months: (n: number) => `${signed(n)} mo`,
		years: (n: number) => `${signed(n)} y`,
		/** An event known only by its date: the day it falls in, from its start to its end. */
		between: (from: string, to: string) => `between ${from} and ${to}`,
		about: (offset: string) => `about ${offset}`,
		/** Its date, where a time would be. */
		dateOnly: (date: string) => `${date}, time not known`
	},
	/** Time to read a section and answer its quiz. */
	minutes: (n: number) => `${n} min`,
	/** Time to work through a whole case or lesson. */
	aboutMinutes: (n: number) =>
		n < 90 ? `about ${n} minutes` : `about ${Math.round(n / 30) / 2} hours`
};
