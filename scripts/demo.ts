// A class to look at without a class: makes a teacher, a class and 24 simulated learners who join
// it and answer through the app as learners do (a stronger learner is right more often, harder
// questions are missed more, some retry after a miss), in the app's database (DATABASE_URL, or
// DATABASE_PATH: data/parallels.sqlite by default). Prints the teacher's sign-in. Run `npm run build` first.
// Usage: npm run demo
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildIndex } from '../src/lib/content/compile.ts';
import type { Question } from '../src/lib/content/types.ts';
import { clientKinds } from '../src/lib/quiz/kinds/index.ts';
import { databaseTarget } from '../src/lib/server/db/dialect.ts';
import { createInvite } from '../src/lib/server/db/invites.ts';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { readContentFiles } from './content-files.ts';

if (!existsSync('build/handler.js')) {
	console.error('No build found. Run `npm run build` first.');
	process.exit(1);
}
const database = databaseTarget(process.env);
const port = 4390 + Math.floor(Math.random() * 100);
const base = `http://127.0.0.1:${port}`;

// A repeatable run: the same learners and answers every time.
let seed = 20220105;
const random = () => {
	seed = (seed * 1103515245 + 12345) % 2 ** 31;
	return seed / 2 ** 31;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

const { index } = buildIndex(readContentFiles(resolve('content')));
const module = index.modules[0]!;
const shortAnswers = module.cases
	.flatMap((c) => c.sections.flatMap((s) => s.questions))
	.flatMap((q) => (q.kind === 'short' ? [q.accept[0]!] : []));

/** An answer to `question`, right or with one plausible mistake. */
function answerTo(question: Question, right: boolean): { kind: string } {
	switch (question.kind) {
		case 'single': {
			const wrong = question.options.filter((o) => !o.correct);
			const option = right ? question.options.find((o) => o.correct)! : pick(wrong);
			return { kind: 'single', choice: option.id };
		}
		case 'multiple': {
			const choices = question.options.filter((o) => o.correct).map((o) => o.id);
			if (right) return { kind: 'multiple', choices };
			const toggled = pick(question.options).id;
			const wrong = choices.includes(toggled)
				? choices.filter((id) => id !== toggled)
				: [...choices, toggled];
			return { kind: 'multiple', choices: wrong.length ? wrong : [toggled] };
		}
		case 'order': {
			const order = question.items.map((item) => item.id);
			if (!right) {
				const i = Math.floor(random() * (order.length - 1));
				[order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
			}
			return { kind: 'order', order };
		}
		case 'match': {
			const pairs = question.pairs.map((p) => [p.left.id, p.right.id]);
			if (!right && pairs.length > 1) {
				const i = Math.floor(random() * (pairs.length - 1));
				[pairs[i]![1], pairs[i + 1]![1]] = [pairs[i + 1]![1]!, pairs[i]![1]!];
			}
			return { kind: 'match', pairs: Object.fromEntries(pairs) };
		}
		case 'categorize': {
			const placement = Object.fromEntries(question.items.map((item) => [item.id, item.category]));
			if (!right) {
				const item = pick(question.items);
				placement[item.id] = pick(question.categories.filter((c) => c.id !== item.category)).id;
			}
			return { kind: 'categorize', placement };
		}
		case 'short':
			return {
				kind: 'short',
				text: right
					? question.accept[0]!
					: pick(shortAnswers.filter((a) => !question.accept.includes(a)))
			};
		case 'written':
			return {
				kind: 'written',
				text: 'The government called it a coup attempt; the evidence it gave is thin, and others read it as a power struggle.'
			};
	}
}

function formOf(question: Question, answer: { kind: string }): URLSearchParams {
	const kind = clientKinds[question.kind] as unknown as {
		toForm(answer: unknown): [string, string][];
	};
	return new URLSearchParams([['question', question.id], ...kind.toForm(answer)]);
}

async function post(path: string, form: URLSearchParams, cookie = '', json = false) {
	const response = await fetch(base + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			cookie,
			'content-type': 'application/x-www-form-urlencoded',
			...(json
				? { accept: 'application/json', 'x-sveltekit-action': 'true' }
				: { accept: 'text/html' })
		},
		body: form
	});
	if (response.status >= 400)
		throw new Error(`${path}: ${response.status} ${await response.text()}`);
	return response;
}

const cookieOf = (response: Response, name: string) =>
	response.headers
		.getSetCookie()
		.map((c) => c.split(';')[0]!)
		.find((c) => c.startsWith(name) || c.includes(`${name}=`)) ?? '';

const app = spawn(process.execPath, ['scripts/start.js'], {
	// The environment names the database, for the app as for this script.
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
	stdio: ['ignore', 'ignore', 'inherit']
});
try {
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			if (i > 150) throw new Error('the app did not start');
			await new Promise((r) => setTimeout(r, 100));
		}
	}

	// The teacher, by invitation, as a real one signs up.
	const email = 'demo-teacher@parallels.example';
	const password = randomBytes(9).toString('base64url');
	const token = randomBytes(24).toString('base64url');
	const db = await openDatabase(database);
	await createInvite(db, email, token, 1);
	await db.destroy();
	const signedUp = await post(
		`/teach/invite/${token}`,
		new URLSearchParams({ name: 'Demo Teacher', password })
	);
	const teacher = cookieOf(signedUp, 'parallels_teacher.session_token');
	const made = await post('/teach?/create', new URLSearchParams({ name: 'Demo class' }), teacher);
	const classPath = made.headers.get('location')!;
	const page = await (await fetch(base + classPath, { headers: { cookie: teacher } })).text();
	const code = /type the code (\w{4}-\w{4})/.exec(page)![1]!;

	const names = [
		'Ada',
		'Ben',
		'Chloé',
		'Dara',
		'Emil',
		'Fatima',
		'Gus',
		'Hana',
		'Ivo',
		'Jun',
		'Kemal',
		'Lea',
		'Mira',
		'Nils',
		'Omar',
		'Pia',
		'Quinn',
		'Rosa',
		'Sami',
		'Tess',
		'Uma',
		'Vik',
		'Wen',
		'Yara'
	];
	const units = [
		...module.cases.flatMap((c) => c.sections.map((s) => s.questions)),
		...module.dimensions.map((d) => d.questions)
	];
	const difficulty = new Map(units.flat().map((q) => [q.id, random() * 0.5 - 0.2]));
	let answers = 0;
	for (const [i, name] of names.entries()) {
		const ability = 0.35 + 0.6 * (i / (names.length - 1)) * (0.7 + 0.6 * random());
		const reach = Math.ceil(units.length * (0.15 + 0.85 * random()));
		const joined = await post('/join?/join', new URLSearchParams({ code, name }));
		const cookie = cookieOf(joined, 'parallels_learner');
		for (const question of units.slice(0, reach).flat()) {
			const right =
				random() < Math.min(0.97, Math.max(0.05, ability - difficulty.get(question.id)!));
			await post(
				`/${module.slug}/answer`,
				formOf(question, answerTo(question, right)),
				cookie,
				true
			);
			answers++;
			if (!right && question.graded && random() < 0.5) {
				await post(
					`/${module.slug}/answer`,
					formOf(question, answerTo(question, true)),
					cookie,
					true
				);
				answers++;
			}
		}
	}
	console.log(
		`Made "Demo class" (join code ${code}) with ${names.length} learners and ${answers} answers.`
	);
	console.log(
		`Start the app (npm start) and sign in at /teach as ${email} with the password ${password}`
	);
	console.log(`The class: ${classPath}`);
} finally {
	app.kill('SIGTERM');
}
