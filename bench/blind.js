// Blind strategies: how well a learner scores who never reads, answering every question of the
// module through the running server as the pages show it to them (a new learner each, in the
// order the server gives that learner): always the first option, always the longest, or at
// random. Printed beside the score chance would give. Usage: npm run build && node bench/blind.js
import { parse } from 'devalue';
import { answerHeaders, startApp, stopApp } from './server.js';

const app = await startApp(4305);
const base = 'http://127.0.0.1:4305';
const module = 'what-makes-a-coup';

const home = await (await fetch(`${base}/${module}`)).text();
const pages = [
	...new Set(
		[...home.matchAll(new RegExp(`href="/${module}/([a-z0-9-]+)"`, 'g'))]
			.map((m) => m[1])
			.filter((slug) => !['sources', 'glossary', 'timeline', 'review'].includes(slug))
	)
].map((slug) => `/${module}/${slug}`);

const text = (html) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&[a-z#0-9]+;/g, ' ')
		.trim();

/** The questions of a page as a browser shows them: each form's fields, in order. */
function questionsOf(html) {
	return [...html.matchAll(/<form method="POST" action="[^"]*\/answer"[^>]*>(.*?)<\/form>/gs)].map(
		([, form]) => {
			const id = /name="question" value="([^"]+)"/.exec(form)[1];
			const labels = new Map(
				[...form.matchAll(/<label for="([^"]+)"[^>]*>(.*?)<\/label>/gs)].map((m) => [
					m[1],
					text(m[2])
				])
			);
			const choices = [
				...form.matchAll(
					/<input type="(radio|checkbox)" name="choice" value="([^"]+)" id="([^"]+)"/g
				)
			].map((m) => ({ value: m[2], label: labels.get(m[3]) ?? '' }));
			const selects = [
				...form.matchAll(/<select[^>]*name="((?:position|match)\.[^"]+)"[^>]*>(.*?)<\/select>/gs)
			].map((m) => ({
				name: m[1],
				values: [...m[2].matchAll(/<option value="([^"]+)"/g)].map((o) => o.at(1))
			}));
			const groups = new Map();
			for (const m of form.matchAll(
				/<input type="radio"[^>]*name="(category\.[^"]+)" value="([^"]+)"/g
			))
				groups.set(m[1], [...(groups.get(m[1]) ?? []), m[2]]);
			const kind = choices.length
				? form.includes('type="checkbox"')
					? 'multiple'
					: 'single'
				: selects.some((s) => s.name.startsWith('position.'))
					? 'order'
					: selects.length
						? 'match'
						: groups.size
							? 'categorize'
							: form.includes('<textarea')
								? 'written'
								: 'short';
			return { id, kind, choices, selects, groups };
		}
	);
}

/** A blind learner's answer: only what the page shows, never what it says. */
const strategies = {
	'always the first': (q) => pick(q, (list) => list[0]),
	'always the longest': (q) =>
		pick(
			q,
			(list) => list[0],
			(choices) => [...choices].sort((a, b) => b.label.length - a.label.length)[0]
		),
	'at random': (q) => pick(q, (list) => list[Math.floor(Math.random() * list.length)])
};

function pick(q, one, choice = (choices) => one(choices)) {
	const form = [['question', q.id]];
	if (q.kind === 'single') form.push(['choice', choice(q.choices).value]);
	if (q.kind === 'multiple') form.push(['choice', choice(q.choices).value]);
	if (q.kind === 'order') q.selects.forEach((s, i) => form.push([s.name, String(i + 1)]));
	if (q.kind === 'match') for (const s of q.selects) form.push([s.name, one(s.values)]);
	if (q.kind === 'categorize')
		for (const [name, values] of q.groups) form.push([name, one(values)]);
	if (q.kind === 'short') form.push(['text', 'no idea']);
	return form;
}

/** The chance of a right answer by guessing uniformly among what the page offers. */
function chance(q) {
	const n = q.choices.length;
	if (q.kind === 'single') return 1 / n;
	if (q.kind === 'multiple') return 1 / (2 ** n - 1);
	if (q.kind === 'order' || q.kind === 'match') return 1 / factorial(q.selects.length);
	if (q.kind === 'categorize') return [...q.groups.values()].reduce((p, v) => p / v.length, 1);
	return 0;
}
const factorial = (n) => (n <= 1 ? 1 : n * factorial(n - 1));

const results = {};
let expected;
for (const [name, strategy] of Object.entries(strategies)) {
	let cookie = '';
	const tally = { choice: [0, 0], all: [0, 0] };
	const chances = { choice: 0, all: 0 };
	for (const path of pages) {
		const html = await (await fetch(base + path, { headers: cookie ? { cookie } : {} })).text();
		for (const q of questionsOf(html)) {
			if (q.kind === 'written') continue;
			const response = await fetch(`${base}/${module}/answer`, {
				method: 'POST',
				headers: { ...answerHeaders(base), ...(cookie ? { cookie } : {}) },
				body: new URLSearchParams(strategy(q))
			});
			cookie ||= (response.headers.get('set-cookie') ?? '').split(';')[0];
			const result = JSON.parse(await response.text());
			const data = result.data ? parse(result.data) : undefined;
			const correct = result.type === 'success' && data?.reveal?.score?.correct === true;
			const isChoice = q.kind === 'single' || q.kind === 'multiple';
			for (const key of isChoice ? ['choice', 'all'] : ['all']) {
				tally[key][0] += correct ? 1 : 0;
				tally[key][1] += 1;
				chances[key] += chance(q);
			}
		}
	}
	results[name] = tally;
	expected = chances;
}
await stopApp(app);

const pct = (a, b) => `${((100 * a) / b).toFixed(0)}%`.padStart(5);
const [choices, all] = [results['at random'].choice[1], results['at random'].all[1]];
console.log(
	`Every question of the module answered blind, through the server (${all} graded questions, ${choices} of them choice questions).\n`
);
console.log('strategy              choice questions   every graded question');
for (const [name, t] of Object.entries(results))
	console.log(`${name.padEnd(20)}  ${pct(...t.choice)} right          ${pct(...t.all)} right`);
console.log(
	`${'chance'.padEnd(20)}  ${pct(expected.choice, choices)}                ${pct(expected.all, all)}`
);
