// A teacher's class page: a class of 24 learners, each with 60 answers by default, and a class of
// one learner with as many, in one run; each page asked for one request at a time, so that the
// figure is the time to make it. The teacher and the class are made as people make them: an
// invitation from the command line, then the forms.
// Usage: npm run build && node bench/class.js [learners] [answers each] [seconds]
import { execFileSync } from 'node:child_process';
import {
	answerHeaders,
	answerPath,
	answeringLearner,
	answersOn,
	oneAtATime,
	startApp,
	stopApp
} from './server.js';

const size = Number(process.argv[2] ?? 24);
const each = Number(process.argv[3] ?? 60);
const seconds = Number(process.argv[4] ?? 5);
const port = 4341;
const base = `http://127.0.0.1:${port}`;
const form = {
	origin: base,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
};

/** The cookies a response sets, as a cookie header, added to `cookie`. */
function withCookies(cookie, response) {
	const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	return [cookie, ...set].filter(Boolean).join('; ');
}

async function post(path, cookie, fields) {
	const response = await fetch(base + path, {
		method: 'POST',
		redirect: 'manual',
		headers: { ...form, cookie },
		body: new URLSearchParams(fields)
	});
	if (response.status >= 400) throw new Error(`${path}: ${response.status}`);
	return response;
}

const app = await startApp(port);
try {
	const email = 'teacher@school.example';
	const invited = execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/teacher-invite.ts', email],
		{ env: { ...process.env, DATABASE_PATH: app.database, ORIGIN: base } }
	).toString();
	const link = new URL(/(http\S+\/teach\/invite\/\S+)/.exec(invited)[1]);
	const teacher = withCookies(
		'',
		await post(link.pathname, '', {
			username: email,
			name: 'Ms Rivera',
			password: 'a long enough password'
		})
	);
	const forms = await answersOn(base, undefined, 20);

	/** A class of `learners`, each with `each` answers: its page's address. */
	async function classOf(learners, name) {
		const made = await post('/teach?/create', teacher, { name });
		const page = made.headers.get('location');
		const html = await (await fetch(base + page, { headers: { cookie: teacher } })).text();
		const code = /type the code (\w{4}-\w{4})/.exec(html)[1];
		for (let i = 0; i < learners; i++) {
			const cookie = await answeringLearner(base, forms[0]);
			for (let n = 1; n < each; n++) {
				const response = await fetch(base + answerPath, {
					method: 'POST',
					headers: { ...answerHeaders(base), cookie },
					body: forms[n % forms.length]
				});
				if (!response.ok) throw new Error(`answering failed: ${response.status}`);
			}
			await post('/join?/join', cookie, { code, name: `Learner ${i + 1}` });
		}
		return page;
	}

	const time = (path) =>
		oneAtATime(base + path, { cookie: teacher, 'accept-encoding': 'br' }, seconds);

	const one = await time(await classOf(1, 'One learner'));
	const whole = await time(await classOf(size, 'A class'));
	console.log(
		`the class page, one request at a time, ${seconds} s each; every learner with ${each} answers\n`
	);
	console.log('class            mean ms   p99 ms');
	const row = (title, t) =>
		`${title.padEnd(16)} ${t.mean.toFixed(1).padStart(7)} ${String(t.p99).padStart(8)}`;
	console.log(row('1 learner', one));
	console.log(row(`${size} learners`, whole));
	console.log(`\n${size} learners take ${(whole.mean / one.mean).toFixed(1)}x the time of one`);
} finally {
	await stopApp(app);
}
