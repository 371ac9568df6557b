/* A case or lesson page: its frame and the references under each section. */

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

/** The full references below a case or the comparison (src/lib/server/page-extras.ts). */
export const references = {
	heading: 'Sources cited on this page'
};
