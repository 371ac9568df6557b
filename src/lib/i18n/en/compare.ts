/* The comparison and the timeline, and the choice of cases they share. */

/** The checkboxes choosing which cases a view shows, and the button that applies them. */
export const casePicker = {
	legend: 'Cases shown',
	/** Applies the choices when JavaScript does not. */
	update: 'Update'
};

/** The comparison: a grid of the cases, then one section per dimension. */
export const compare = {
	/** The page's name, in its heading and in links to it. */
	/** The page in the breadcrumb. */
	crumb: 'Compare',
	description: 'The three cases side by side, question by question.',
	intro:
		'Each row asks one question of all three cases. Read across a row, then open its summary and quiz below.',
	narrowNote:
		'On a narrow screen the first two cases chosen are shown side by side; pick two above to compare others.',
	caption: 'The cases side by side',
	/** The grid's first column. */
	question: 'Question'
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
		`${caseTitle}, ${date}, ${sinceStart} from the start: ${title}`,
	/** Before the events of other cases paired with the one selected. */
	comparable: 'Comparable moment:',
	allEvents: 'All events',
	caption: 'Events of each case, with their local time and time since the start',
	columns: {
		case: 'Case',
		date: 'Local date and time',
		sinceStart: 'Since the start',
		event: 'Event'
	}
};
