/* The home page and a module's page. */

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
