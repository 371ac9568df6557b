import { format } from './format.ts';

/* The comparison and the timeline, and the choice of cases they share. */

/** The checkboxes choosing which cases a view shows, and the button that applies them. */
export const casePicker = {
	legend: 'Cases shown',
	/** Applies the choices when JavaScript does not. */
	update: 'Update'
};

/** The comparison: a grid of the cases, and a page for each dimension. */
export const compare = {
	/** The page in the breadcrumb. */
	crumb: 'Compare',
	description: 'The three cases side by side, question by question.',
	intro:
		'Each row asks one question of all three cases. Read across a row, then open the row: its page weighs the answers and asks you to compare.',
	/** The list of dimensions, each a page of its own. */
	dimensions: 'Dimensions, one page each',
	narrowNote:
		'On a narrow screen the first two cases chosen are shown side by side; pick two above to compare others.',
	caption: 'The cases side by side',
	/** The grid's first column. */
	question: 'Question'
};

/** One dimension of the comparison on its own page. */
export const dimensionPage = {
	place: (i: number, n: number) => `Dimension ${i} of ${n}`,
	/** The cases' answers to the dimension's question, before the synthesis. */
	cells: 'The cases side by side',
	synthesis: 'Weighing them',
	pager: 'Previous and next dimension',
	done: 'Dimension done: every question here is answered.',
	goNext: (title: string) => `Next dimension: ${title}`,
	comparisonDone: 'That was the last dimension.',
	backToGrid: 'Back to the grid'
};

/** The cases side by side in time. */
export const timeline = {
	description: 'The cases side by side in time, each measured from its own start.',
	intro:
		'Each lane is one case, measured from the moment its crisis began, so that you can see how fast each one moved. Hours and years share one scale: it stretches the first hours and squeezes the years after. Events before the start sit to the left of it.',
	/** The choice of labels on the axis. */
	labels: 'Labels',
	sinceStartLabels: 'Time since the start',
	calendarLabels: 'Calendar dates',
	/** The chart, as screen readers name it. */
	chart:
		'Aligned timeline: each case from its own start, on a logarithmic time scale. Use the arrow keys to move between events.',
	/** An event in the chart, as screen readers name it. */
	point: (caseTitle: string, date: string, sinceStart: string, title: string) =>
		`${caseTitle}, ${date}, ${sinceStart === format.sinceStart.start ? 'at the start' : `${sinceStart} from the start`}: ${title}`,
	/** Before the events of other cases paired with the one selected. */
	comparable: 'Comparable moment:',
	/** The moments the cases share, named on the chart itself. */
	moments: {
		'crisis-begins': 'Start',
		'leader-addresses-nation': 'Address',
		'foreign-powers-act': 'Abroad',
		'crisis-ends': 'End',
		'leaders-tried': 'Trial'
	},
	/** Under the chart: what its marks mean. */
	legend:
		'A dot is an event with a known time; a ring on a band is an event known only by its date, somewhere in that day.',
	/** With JavaScript: how to read a point without leaving the page. */
	tapHint: 'Point at a dot, or tap it, to see it here; tap it again to open its section.',
	/** Without JavaScript: a dot is a link. */
	linkHint: 'Tap or click a dot to open its section.',
	allEvents: 'All events',
	caption: 'Events of each case, with their local time and time since the start',
	columns: {
		case: 'Case',
		date: 'Local date and time',
		sinceStart: 'Since the start',
		event: 'Event'
	}
};
