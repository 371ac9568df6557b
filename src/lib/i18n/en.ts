import { errors } from './en/errors.ts';
import { format } from './en/format.ts';
import {
	breadcrumb,
	casePage,
	casePicker,
	compare,
	glossary,
	home,
	modulePage,
	references,
	sources,
	timeline
} from './en/pages.ts';
import {
	device,
	level,
	levelRules,
	mastery,
	masteryReason,
	myData,
	next,
	progress,
	skill,
	skillQuestions,
	status
} from './en/progress.ts';
import { quiz } from './en/quiz.ts';
import { review, reviewLoad } from './en/review.ts';
import { errorPage, site } from './en/site.ts';

/**
 * Every sentence the interface shows, in English, gathered from one file per area (./en/). A
 * translation is a file of the same shape (`Messages`); pure modules return data, and views turn
 * it into words here.
 */
export const en = {
	// Words for the states of progress and mastery, shared by many views.
	status,
	level,
	skill,
	skillQuestions,
	reviewLoad,
	masteryReason,
	mastery,
	next,
	format,
	// The site's frame, then one group per page or component.
	site,
	errorPage,
	home,
	modulePage,
	casePage,
	breadcrumb,
	casePicker,
	references,
	compare,
	timeline,
	sources,
	glossary,
	quiz,
	review,
	progress,
	levelRules,
	device,
	myData,
	errors
};

export type Messages = typeof en;
