import type { ReviewLoad } from '$lib/progress/review-loads';

/** The choices of how much review a day, on the review page. */
export const reviewLoad = {
	light: 'Light: a few questions a day',
	normal: 'Normal: about fifteen a day',
	intensive: 'Intensive: up to thirty a day, seen more often'
} satisfies Record<ReviewLoad, string>;

/** The review page: one question due at a time, and how much review a day. */
export const review = {
	/** The page's `<title>`, breadcrumb and heading. */
	title: 'Review',
	description: 'Questions you missed or are due to see again, mixed across the cases.',
	intro:
		'Questions come back when you missed them or when they are due, mixed across the cases so that you practise telling them apart. Your first answer in a section still counts for your progress; review answers show how well it sticks.',
	/** After an answer: how many are still due. */
	answered: (due: number) =>
		`Answered. ${due ? `${due} more due today.` : 'Nothing else is due today.'}`,
	/** Before an answer: how many are due, counting the one shown. */
	due: (due: number) => `${due} due today, this one included.`,
	/** Before a link to where the question comes from. */
	from: 'From',
	/** Where a question comes from: a case's section, or a dimension of the comparison. */
	fromSection: (caseTitle: string, sectionTitle: string) => `${caseTitle}: ${sectionTitle}`,
	fromDimension: (title: string) => `Comparison: ${title}`,
	nextQuestion: 'Next question',
	seeProgress: 'See my progress',
	nothingDue:
		'Nothing is due for review. Questions you miss come back here, and questions you answer right come back after a while, so that you can check they have stuck.',
	/** The settings form. */
	load: 'How much review a day?',
	save: 'Save'
};
