import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { statesOf } from '$lib/progress/state';
import {
	answerFacts,
	classesOfLearner,
	findLearner,
	latestAnswers,
	learnerByCode,
	questionStates
} from '$lib/server/db';
import legacy from '$lib/server/db/legacy-questions.json';
import { renameChoices } from '$lib/server/db/migrations';
import { openDatabase } from '$lib/server/db/open';
import { freshDatabase, kinds, type TestDatabase } from './databases';

let database: TestDatabase;
let file: string;

test('a positional id with no option at that place, or text that is not JSON, is kept as it was', () => {
	expect(renameChoices('{"kind":"single","choice":"o9"}', ['a', 'b'])).toBe(
		'{"kind":"single","choice":"o9"}'
	);
	expect(renameChoices('{"kind":"multiple","choices":["o2","x"]}', ['a', 'b'])).toBe(
		'{"kind":"multiple","choices":["b","x"]}'
	);
	expect(renameChoices('not json', ['a'])).toBe('not json');
});

describe.each(kinds)('on %s', (kind) => {
	beforeEach(async () => {
		database = await freshDatabase(kind, 'old.sqlite');
		file = database.target;
	});
	afterEach(() => database.drop());

	/** A database as the app left it before choice options had stable ids, with some answers in it. */
	async function oldDatabase(answers: [question: string, kind: string, answer: object][]) {
		const db = await openDatabase(file, '0003-attempts-by-question');
		await sql`insert into learners (id, created_at) values ('L1', '2026-11-01T10:00:00.000Z')`.execute(
			db
		);
		for (const [question, kind, answer] of answers)
			await sql`insert into attempts (learner_id, module, question_id, kind, answer, earned, total,
				correct, content_version) values ('L1', 'what-makes-a-coup', ${question}, ${kind},
				${JSON.stringify(answer)}, 1, 1, 1, 'old')`.execute(db);
		await db.destroy();
	}

	const questions = legacy as Record<string, { version: string; options?: string[] }>;

	test('answers stored with positional option ids are renamed to the options they meant', async () => {
		const single = 'kz-background-dual';
		const multiple = 'kz-background-posts';
		await oldDatabase([
			[single, 'single', { kind: 'single', choice: 'o2' }],
			[multiple, 'multiple', { kind: 'multiple', choices: ['o1', 'o3'] }],
			['kz-background-match', 'match', { kind: 'match', pairs: { a: 'b' } }],
			['a-question-since-removed', 'single', { kind: 'single', choice: 'o1' }]
		]);
		const db = await openDatabase(file);
		const latest = await latestAnswers(db, 'L1', 'what-makes-a-coup');
		expect(latest.get(single)).toMatchObject({
			answer: { kind: 'single', choice: questions[single]!.options![1] },
			version: questions[single]!.version
		});
		expect(latest.get(multiple)?.answer).toEqual({
			kind: 'multiple',
			choices: [questions[multiple]!.options![0], questions[multiple]!.options![2]]
		});
		// Other kinds already had ids from their text: only their version is recorded.
		expect(latest.get('kz-background-match')).toMatchObject({
			answer: { kind: 'match', pairs: { a: 'b' } },
			version: questions['kz-background-match']!.version
		});
		// A question the content no longer had is left as it was, with no version.
		expect(latest.get('a-question-since-removed')).toMatchObject({
			answer: { kind: 'single', choice: 'o1' },
			version: null
		});
		await db.destroy();
	});

	test('a database from before classes keeps its learners and codes, each on no other browser yet', async () => {
		const old = await openDatabase(file, '0006-shown-hints-flags');
		await sql`insert into learners (id, created_at, recovery_code) values ('L1', '2026-11-01T10:00:00.000Z', 'AAAA-BBBB-CCCC-DDDD')`.execute(
			old
		);
		await old.destroy();
		const db = await openDatabase(file);
		expect(await findLearner(db, 'L1')).toMatchObject({ linkedBrowsers: 0 });
		expect(await learnerByCode(db, 'AAAA-BBBB-CCCC-DDDD')).toBe('L1');
		expect(await classesOfLearner(db, 'L1')).toEqual([]);
		await db.destroy();
	});

	test('answers stored before question states were kept are made into them, per learner', async () => {
		const old = await openDatabase(file, '0010-tests');
		const answers: [
			learner: string,
			question: string,
			correct: number,
			at: string,
			context: string
		][] = [
			['L1', 'q1', 0, '2026-11-01T10:00:00.000Z', 'quiz'],
			['L2', 'q1', 1, '2026-11-01T10:00:01.000Z', 'quiz'],
			['L1', 'q1', 1, '2026-11-03T10:00:00.000Z', 'review'],
			['L1', 'q2', 1, '2026-11-03T10:01:00.000Z', 'quiz']
		];
		for (const id of ['L1', 'L2'])
			await sql`insert into learners (id, created_at) values (${id}, '2026-11-01T10:00:00.000Z')`.execute(
				old
			);
		for (const [learner, question, correct, at, context] of answers)
			await sql`insert into attempts (learner_id, module, question_id, kind, answer, earned, total,
				correct, content_version, context, created_at) values (${learner}, 'm', ${question},
				'single', '{}', ${correct}, 1, ${correct}, 'old', ${context}, ${at})`.execute(old);
		await old.destroy();
		const db = await openDatabase(file);
		for (const learner of ['L1', 'L2'])
			expect((await questionStates(db, learner)).get('m')).toEqual(
				statesOf((await answerFacts(db, learner)).get('m')!)
			);
		// Missed, then recalled in a review two days later.
		expect((await questionStates(db, 'L1')).get('m')!.get('q1')).toMatchObject({
			attempts: 2,
			spacedRight: true,
			lastReviewRight: true
		});
		await db.destroy();
	});
});

test.runIf(kinds.includes('PostgreSQL'))(
	'on PostgreSQL, a schema is brought up to date even when another schema of the database is',
	async () => {
		const first = await freshDatabase('PostgreSQL');
		const second = await freshDatabase('PostgreSQL');
		try {
			await (await openDatabase(first.target)).destroy();
			const db = await openDatabase(second.target);
			const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
			const inSecond = tables.filter((t) => t.schema === second.schema).map((t) => t.name);
			expect(inSecond).toContain('attempts');
			expect(inSecond).toContain('kysely_migration');
			await db.destroy();
		} finally {
			await first.drop();
			await second.drop();
		}
	}
);
