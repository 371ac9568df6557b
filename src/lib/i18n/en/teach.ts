import { plural } from './helpers.ts';

/* The teachers' pages (src/routes/teach/) and joining a class (src/routes/join/). */

/** Signing in, and the list of a teacher's classes. */
export const teach = {
	title: 'Teaching',
	description: 'For teachers: classes, what each learner has done, and what to go over again.',
	signInHeading: 'Sign in',
	signInWhy:
		'Teachers sign in to see their classes. Accounts are made by invitation: ask whoever runs this site for one.',
	email: 'E-mail',
	password: 'Password',
	signIn: 'Sign in',
	wrongSignIn: 'That e-mail and password do not match an account.',
	tooManySignIns: (minutes: number) =>
		`Too many failed sign-ins. Try again in ${plural(minutes, 'minute')}.`,
	signedInAs: (name: string) => `Signed in as ${name}.`,
	signOut: 'Sign out',
	classesHeading: 'Your classes',
	keysHeading: 'Answer keys to print',
	keysWhy:
		'For each case, every question with its answer and explanation, numbered as on its printed worksheet.',
	noClasses: 'No classes yet. Make one below, then give its join code to your learners.',
	members: (n: number) => plural(n, 'learner'),
	archived: 'archived',
	newClassHeading: 'New class',
	className: 'Name of the class',
	classNameHint: 'As your learners know it, e.g. "History 11B, spring".',
	create: 'Make the class',
	nameNeeded: 'Give the class a name (up to 80 characters).'
};

/** One class, as its teacher sees it. */
export const classPage = {
	joinHeading: 'How learners join',
	joinHow: (code: string) =>
		`Learners open the join page and type the code ${code}, with a name of their choice (no e-mail, no real name needed). Their progress so far comes with them.`,
	joinLink: 'Join link to share:',
	learnersHeading: 'Learners',
	noLearners: 'Nobody has joined yet.',
	learner: 'Learner',
	answered: 'Answered',
	lastActive: 'Last active',
	never: 'never',
	actions: 'Actions',
	newCode: 'New code',
	newCodeFor: (name: string) => `New recovery code for ${name}`,
	codeIs: (name: string, code: string) =>
		`${name}'s new recovery code: ${code}. Give it to them; their old code no longer works.`,
	remove: 'Remove',
	removeFrom: (name: string) => `Remove ${name} from the class`,
	removed: (name: string) =>
		`${name} was removed from the class. Their progress is theirs and stays stored.`,
	casesCaption: (module: string) => `Mastery by case in ${module}`,
	chartTitle: (module: string) => `Learners at each level, by case, in ${module}`,
	sectionsCaption: (title: string) => `Mastery by section: ${title}`,
	comparison: 'Comparison',
	archive: 'Archive the class',
	archiveWhy: 'An archived class can no longer be joined; its learners and results stay.',
	unarchive: 'Open the class again',
	notFound: 'No class of yours has that address.',
	noSuchLearner: 'That learner is not in this class.',
	assignmentsHeading: 'Assignments',
	noAssignments: 'Nothing set yet.',
	wholeCase: (title: string) => `${title}: the whole case`,
	due: (date: string) => `due ${date}`,
	noDue: 'no due date',
	doneBy: (done: number, started: number, of: number) =>
		`done by ${done} of ${of}${started ? `, started by ${started}` : ''}`,
	unassign: 'Remove',
	/** An assignment set as a test, on the class page. */
	testHeld: (dueOn: string | undefined) =>
		dueOn ? `test: results held until after ${dueOn}` : 'test: results held until you release them',
	testReleased: 'test: results out',
	release: 'Release results now',
	releaseFor: (title: string) => `Release the results of the test ${title} now`,
	noSuchTest: 'That test’s results are out already, or it is not a test of this class.',
	asTest: 'Set as a test',
	asTestWhy:
		'Learners see no hints, no answers and no results for these questions until the day after the due date, or until you release them. Their first answers then show what they knew.',
	unassignFrom: (title: string) => `Remove the assignment ${title}`,
	assignHeading: 'Set work',
	unit: 'What to set',
	dueOn: 'Due on (optional)',
	assign: 'Set it',
	badDate: 'Give the due date as a date, or leave it empty.',
	noSuchUnit: 'Choose something to set from the list.',
	download: 'Download the class’s results, one row per learner and question:',
	csv: 'CSV (spreadsheet)',
	json: 'JSON',
	questionsHeading: 'Questions, hardest for the class first',
	questionsWhy:
		'From each learner’s first answer, before any feedback. Right first time: the share who got it right. Discrimination: that share among the strongest third of the class less among the weakest third; near 0 or below, the question may be unclear or the key wrong.',
	questionsCaption: (module: string) => `Questions answered in ${module}`,
	noAnswers: 'No answers yet.',
	unanswered: (n: number) => `${plural(n, 'question')} not yet answered by anyone.`,
	question: 'Question',
	where: 'Where',
	rightFirst: 'Right first time',
	discrimination: 'Discrimination',
	flags: 'Flagged “my answer was right”',
	answers: 'Answers given',
	chosenBy: (n: number) => `chosen ${plural(n, 'time')}`,
	rightOption: '(right)',
	wrongTexts: 'Wrong answers typed:',
	tooFew: 'too few learners',
	percent: (share: number) => `${Math.round(share * 100)}%`,
	confusionHeading: 'Which case learners attribute features to',
	confusionWhy:
		'From the questions that ask which crisis a statement describes: each row is the case a statement belongs to, each column the case learners put it in. Numbers off the diagonal are confusions.',
	confusionCaption: (module: string) => `Attributions in ${module}`,
	belongsTo: 'Belongs to ↓ / put in →',
	writtenHeading: 'Written responses',
	writtenWhy:
		'Each learner’s latest answer, with how they rated it against each point of the rubric. The app does not mark these: they are for you to read.',
	writtenCaption: (prompt: string) => `Responses to: ${prompt}`,
	answer: 'Answer',
	notRated: 'not rated'
};

/** Joining a class, for learners. */
export const join = {
	title: 'Join a class',
	description: 'Join your teacher’s class with the code they gave you.',
	intro:
		'Your teacher gives you a join code. Joining shares your progress in this module with them: what you answered and how well, under the name you choose here.',
	code: 'Join code',
	codePlaceholder: 'XXXX-XXXX',
	name: 'Your name in the class',
	nameHint: 'Any name your teacher will recognise; no real name needed.',
	submit: 'Join',
	unknownCode: 'No open class has that code. Check it with your teacher.',
	nameNeeded: 'Choose a name to be seen by (up to 40 characters).',
	joined: (name: string) => `You joined ${name}. Your teacher can now see your progress.`,
	yourClasses: 'Your classes',
	as: (name: string) => `as ${name}`,
	leave: 'Leave',
	notInClass: 'You are not in that class.',
	leaveClass: (name: string) => `Leave ${name}`,
	left: (name: string) => `You left ${name}. Your progress stays yours.`,
	joinAnother: 'Join a class'
};

/** Accepting an invitation to teach. */
export const invite = {
	title: 'Your teacher’s account',
	intro: (email: string) =>
		`This invitation is for ${email}. Choose the name your learners know you by and a password.`,
	name: 'Your name',
	password: 'Password',
	passwordHint: (n: number) => `At least ${n} characters.`,
	submit: 'Save and sign in',
	expired:
		'This invitation has been used or has expired. Ask whoever runs this site for a new one.',
	nameNeeded: 'Give your name (up to 80 characters).',
	passwordShort: (n: number) => `The password needs at least ${n} characters.`
};

/** A case's answer key, for teachers (src/routes/teach/key/). */
export const answerKey = {
	title: (title: string) => `Answer key: ${title}`,
	intro:
		'Every question as the printed worksheet numbers it, with what is right and why. Options are named by their text: each learner’s worksheet orders them differently.',
	worksheet: 'The worksheet',
	right: 'Right:',
	allRight: 'Right (all of these):',
	inOrder: 'In order:',
	pairs: 'Pairs:',
	groups: 'Groups:',
	accepted: 'Accepted answers:',
	rubric: 'The rubric (not marked; learners rate themselves):',
	model: 'A model answer:',
	why: 'Why:'
};
