// Time to derive a learner's progress, mastery and review queue from the states of the questions
// they answered (5,000 answers by default), measured on the real module; deriveProgress alone is
// the baseline in the same run. Also what keeping those states costs each answer stored, and what
// making them all again from the answers costs (once, when the states are first made).
// Usage: npx tsx bench/progress.ts [answers]
import { resolve } from 'node:path';
import { buildIndex } from '../src/lib/content/compile.ts';
import { outlineOf } from '../src/lib/content/outline.ts';
import { dashboard } from '../src/lib/progress/dashboard.ts';
import { deriveProgress } from '../src/lib/progress/derive.ts';
import { nextState, statesOf, type AnswerFact } from '../src/lib/progress/state.ts';
import { readContentFiles } from '../scripts/content-files.ts';

const count = Number(process.argv[2] ?? 5000);
const outline = outlineOf(buildIndex(readContentFiles(resolve('content'))).index.modules[0]!);
const ids = outline.units.flatMap((unit) => unit.questions.map((q) => q.id));

// A deterministic learner: answers spread over 120 days, two thirds right, some in review.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const start = Date.UTC(2026, 0, 1);
const answers: AnswerFact[] = Array.from({ length: count }, (_, i) => {
	const correct = random() < 0.66;
	return {
		id: i + 1,
		questionId: ids[Math.floor(random() * ids.length)]!,
		correct,
		earned: correct ? 1 : 0,
		total: 1,
		context: i > ids.length && random() < 0.5 ? 'review' : 'quiz',
		createdAt: new Date(start + (i / count) * 120 * 86_400_000).toISOString()
	};
});
const now = new Date(start + 121 * 86_400_000);

function time(run: () => void, rounds = 30): { median: number; p95: number } {
	for (let i = 0; i < 3; i++) run();
	const samples: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t = performance.now();
		run();
		samples.push(performance.now() - t);
	}
	samples.sort((a, b) => a - b);
	return { median: samples[Math.floor(rounds / 2)]!, p95: samples[Math.floor(rounds * 0.95)]! };
}

const states = statesOf(answers);
const base = time(() => deriveProgress(outline, states));
const full = time(() => dashboard(outline, states, 'normal', now));
const due = dashboard(outline, states, 'normal', now).due.length;
const rebuild = time(() => statesOf(answers), 5);
// One more answer to a question already answered, as the server stores it.
const last = answers.at(-1)!;
const step = time(() => nextState(states.get(last.questionId), { ...last, id: count + 1 }), 1000);
console.log(`${count} answers over ${ids.length} questions (${due} due for review at the end)`);
console.log(
	`deriveProgress (baseline):               median ${base.median.toFixed(2)} ms, p95 ${base.p95.toFixed(2)} ms`
);
console.log(
	`dashboard (progress + mastery + FSRS):   median ${full.median.toFixed(2)} ms, p95 ${full.p95.toFixed(2)} ms`
);
console.log(`ratio dashboard / baseline: ${(full.median / base.median).toFixed(1)}x`);
console.log(
	`one answer's state, as it is stored:      median ${step.median.toFixed(3)} ms, p95 ${step.p95.toFixed(3)} ms`
);
console.log(
	`every state from all ${count} answers:      median ${rebuild.median.toFixed(1)} ms (once, on the first start after an upgrade)`
);
