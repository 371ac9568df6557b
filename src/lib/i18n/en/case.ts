/* A case or lesson: its overview, its section pages, its worksheet and the references below them. */

/** A case's or lesson's overview: its introduction and its sections. */
export const casePage = {
	/** The list of sections. */
	sections: 'Sections',
	/** The links to the previous and next cases, as screen readers name them. */
	pager: 'Other cases',
	/** On a phone, above the introduction: a link to the list of sections below it. */
	jump: 'Sections, and where to start ↓',
	/** Where to go first, when nothing here has been answered yet. */
	start: 'Start reading',
	/** Where the learner left off. */
	resume: 'Continue where you left off',
	finished: 'You have answered every question here.',
	/** The link to the whole case on one page. */
	worksheet: 'Read as one page, or print it'
};

/** One section of a case or lesson, or one dimension of the comparison, on its own page. */
export const sectionPage = {
	/** For search engines and link previews. */
	description: (title: string, caseTitle: string) =>
		`${title}: a section of ${caseTitle}, with its sources and a short quiz.`,
	/** Above the title: where this page sits. */
	place: (i: number, n: number, title: string) => `Section ${i} of ${n} · ${title}`,
	/** The links to the previous and next sections, as screen readers name them. */
	pager: 'Previous and next section',
	previous: 'Previous',
	next: 'Next',
	/** Said (and announced) when every question on the page has an answer. */
	done: 'Section done: every question here is answered.',
	/** What the learner can do next, after the last section of a case. */
	caseDone: 'That was the last section.',
	goNext: (title: string) => `Next section: ${title}`,
	goCase: (title: string) => `Next: ${title}`,
	goReview: 'Review what you have answered',
	backTo: (title: string) => `Back to the overview of ${title}`
};

/** A whole case on one page, to read through or print. */
export const worksheet = {
	crumb: 'One page',
	title: (caseTitle: string) => `${caseTitle}: the whole case`,
	intro:
		'The whole case on one page, with every quiz, to read through or print as a worksheet. To study a section at a time, go back to the overview.',
	back: 'Back to the overview'
};

/** "Module › this page", at the top of every page inside a module. */
export const breadcrumb = {
	label: 'Breadcrumb'
};

/** The full references below a case or the comparison (src/lib/server/page-extras.ts). */
export const references = {
	heading: 'Sources cited on this page',
	/** On paper, where a source's web address is left out to save pages. */
	onPaper: (path: string) =>
		`Web addresses are left out on paper: the module's sources page (${path} on this site) links to each.`
};
