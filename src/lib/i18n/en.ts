import { errors } from './en/errors.ts';
import { format } from './en/format.ts';
import { casePage, sectionPage, worksheet, breadcrumb, references } from './en/case.ts';
import { casePicker, compare, dimensionPage, timeline } from './en/compare.ts';
import { home, modulePage } from './en/home.ts';
import { glossary, sources } from './en/library.ts';
import {
	assigned,
	device,
	levelRules,
	mastery,
	masteryReason,
	myData,
	next,
	progress,
	skillQuestions
} from './en/progress.ts';
import { quiz } from './en/quiz.ts';
import { review, reviewLoad } from './en/review.ts';
import { errorPage, site } from './en/site.ts';
import { answerKey, classPage, invite, join, teach } from './en/teach.ts';
import { level, pageNames, progressBar, quizList, skill, status } from './en/words.ts';

/**
 * Every sentence the interface shows, in English, gathered from one file per area (./en/). A
 * translation is a module of the same shape (`Messages`); pure modules return data, and views turn
 * it into words here. The groups are separate exports so that a page's bundle carries only the
 * groups its components use.
 */
export {
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
	progressBar,
	// The site's frame, then one group per page or component.
	site,
	pageNames,
	errorPage,
	home,
	modulePage,
	casePage,
	sectionPage,
	worksheet,
	breadcrumb,
	casePicker,
	compare,
	dimensionPage,
	timeline,
	sources,
	references,
	glossary,
	quizList,
	quiz,
	review,
	progress,
	levelRules,
	device,
	myData,
	teach,
	classPage,
	join,
	invite,
	assigned,
	answerKey,
	errors
};
