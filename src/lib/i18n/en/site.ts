/** What every page shares: the header, the footer and the page title. */
export const site = {
	/** The app's name, in the header and at the end of every page title. */
	name: 'Parallels',
	/** A page's `<title>`: its own name first, then the module's, then the app's. */
	pageTitle: (...parts: string[]) => [...parts, 'Parallels'].join(' · '),
	skipLink: 'Skip to content',
	/** The header's navigation, as screen readers name it. */
	nav: 'Site',
	progress: 'My progress',
	footer:
		'Parallels: history by comparison. Every claim cites its source; contested labels say who uses them.',
	/** The footer's links: joining a class, and the teachers' pages. */
	footerNav: 'Classes',
	joinClass: 'Join a class',
	teachers: 'For teachers'
};

/** The page shown for a missing page or a failure (+error.svelte). */
export const errorPage = {
	/** The `<title>` of a 404. */
	notFoundTitle: 'Page not found',
	notFoundHeading: 'We could not find that page',
	notFoundHint: 'The address may be mistyped, or the page may have moved.',
	/** The `<title>` and heading of any other failure. */
	failedTitle: 'Something went wrong',
	failedHeading: 'Something went wrong',
	failedHint: 'Your progress is saved. Try again in a moment.',
	home: 'Go to the list of modules'
};
