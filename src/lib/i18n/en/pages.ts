import type { Source } from '$lib/content/types';

type SourceMark = NonNullable<Source['marks']>[number];

/** The list of modules, with where the learner left off. */
export const home = {
	/** The `<title>` of the home page. */
	title: 'Parallels: history by comparison',
	description:
		'Study one historical event beside others, with sources, a quiz after every section and your progress saved.',
	lead: 'Study one event beside others. Each module sets a crisis next to two it is often compared with, tells each one with sources, and asks you a few questions after every section.',
	resumeHeading: 'Continue where you left off',
	/** The button back to the place last worked on. */
	resume: (place: string) => `Continue: ${place}`,
	/** A section to resume, e.g. "Spain: The night of 23 February". */
	resumeSection: (caseTitle: string, sectionTitle: string) => `${caseTitle}: ${sectionTitle}`,
	/** A comparison dimension to resume. */
	resumeComparison: 'the comparison',
	modules: 'Modules'
};

/** A module's own page: its cases, lessons, comparison and overview. */
export const modulePage = {
	/** Before the module's guiding question, here and on the home page. */
	guidingQuestion: 'Guiding question:',
	/** The module's navigation, as screen readers name it. */
	nav: 'Module',
	resume: 'Continue where you left off',
	cases: 'The cases',
	lessons: 'Lessons across the cases',
	comparison: 'The comparison',
	/** A link to the comparison, followed by `compareLinkAfter`. */
	compareLink: 'Set the cases side by side',
	compareLinkAfter: ', one question at a time:',
	about: 'About this module',
	objectives: 'When you finish, you will be able to:'
};

/** A case or lesson: its sections and quizzes. */
export const casePage = {
	/** The table of contents. */
	sections: 'Sections',
	/** The links to the previous and next cases, as screen readers name them. */
	pager: 'Other cases'
};

/** "Module › this page", at the top of every page inside a module. */
export const breadcrumb = {
	label: 'Breadcrumb'
};

/** The checkboxes choosing which cases a view shows, and the button that applies them. */
export const casePicker = {
	legend: 'Cases shown',
	/** Applies the choices when JavaScript does not. */
	update: 'Update'
};

/** The comparison: a grid of the cases, then one section per dimension. */
export const compare = {
	/** The page's name, in its heading and in links to it. */
	title: 'Compare the cases',
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
	title: 'Timeline',
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

/** The bibliography of a module. */
export const sources = {
	title: 'Sources',
	description: 'Every source the module cites, with publisher, date and link.',
	intro:
		'Every claim in this module cites one or more of these sources. A note says when a source speaks for a government, a party to the events, or repeats another reference work.',
	/** In place of the date of a source that has none. */
	noDate: 'no date',
	/** What the content says about a source, shown in brackets after it. */
	marks: {
		weak: 'weak source',
		'wikipedia-derived': 'copies Wikipedia',
		partisan: 'partisan',
		official: 'official',
		'state-media': 'state media'
	} satisfies Record<SourceMark, string>,
	/** The marks of a source in a citation or a list, e.g. "(state media)". */
	marked: (marks: SourceMark[]) =>
		marks.length ? `(${marks.map((mark) => sources.marks[mark]).join(', ')})` : '',
	/** The filter above the list, which works without JavaScript. */
	filter: {
		legend: 'Find a source',
		query: 'Words in its name, title or publisher',
		part: 'Cited in',
		anyPart: 'any part',
		mark: 'Kind',
		anyMark: 'any kind',
		unmarked: 'no mark',
		apply: 'Show',
		clear: 'Show all',
		showing: (shown: number, all: number) =>
			shown === all ? `All ${all} sources.` : `${shown} of ${all} sources.`
	},
	/** Where a source is cited, after the entry. */
	citedIn: 'Cited in:',
	comparison: 'the comparison'
};

/** The terms of a module. */
export const glossary = {
	title: 'Glossary',
	description: 'The terms this module uses, defined in plain words.'
};

/** The full references below a case or the comparison (src/lib/server/page-extras.ts). */
export const references = {
	heading: 'Sources cited on this page'
};
