import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	addAssignment,
	answersVersion,
	assignmentsForLearner,
	heldTests,
	learnerAtRequest,
	releaseAssignment,
	answerFacts,
	questionStates,
	classByCode,
	classesOfLearner,
	createClass,
	createInvite,
	inviteEmail,
	joinClass,
	membersOf,
	setArchived,
	teachersClass,
	useInvite,
	countAttempts,
	deleteLearner,
	exportLearner,
	findLearner,
	latestAnswers,
	learnerByCode,
	mergeLearner,
	recordAttempt,
	recordFailedTry,
	recoveryCode,
	waitBeforeTry,
	setReviewLoad,
	type Database,
	type NewAttempt
} from '$lib/server/db';
import { statesOf } from '$lib/progress/state';
import { openDatabase } from '$lib/server/db/open';
import { freshDatabase, kinds, type TestDatabase } from './databases';

let db: Kysely<Database>;

const attempt = (
	learnerId: string,
	questionId: string,
	correct: boolean,
	module = 'm'
): NewAttempt => ({
	learnerId,
	module,
	questionId,
	kind: 'single',
	answer: { kind: 'single', choice: correct ? 'right' : 'wrong' },
	earned: correct ? 1 : 0,
	total: 1,
	correct,
	contentVersion: 'v1',
	questionVersion: `${questionId}-v1`,
	context: 'quiz'
});

/** Each learner's answers in module "m", as [question, correct]. */
async function facts(learnerId: string, module = 'm') {
	return ((await answerFacts(db, learnerId)).get(module) ?? []).map((f) => [
		f.questionId,
		f.correct
	]);
}

describe.each(kinds)('on %s', (kind) => {
	let database: TestDatabase;
	beforeEach(async () => {
		database = await freshDatabase(kind);
		db = await openDatabase(database.target);
	});
	afterEach(async () => {
		await db.destroy();
		await database.drop();
	});

	describe('the attempts store', () => {
		test.runIf(kind === 'SQLite')('creates the file and folder, uses WAL', async () => {
			const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
			expect(rows[0]!.journal_mode).toBe('wal');
		});

		test('applies every migration', async () => {
			const tables = (await db.introspection.getTables()).filter(
				(t) => !database.schema || t.schema === database.schema
			);
			expect(tables.map((t) => t.name).sort()).toEqual([
				'assignments',
				'attempts',
				'auth_verifications',
				'class_members',
				'classes',
				'failed_tries',
				'flags',
				'hints',
				'learners',
				'question_states',
				'settings',
				'teacher_accounts',
				'teacher_invites',
				'teacher_sessions',
				'teachers'
			]);
		});

		test('records attempts in order, counting them per question', async () => {
			expect(await recordAttempt(db, attempt('L1', 'q1', false))).toBe(1);
			expect(await recordAttempt(db, attempt('L1', 'q1', true))).toBe(2);
			expect(await recordAttempt(db, attempt('L1', 'q2', true))).toBe(1);
			expect(await facts('L1')).toEqual([
				['q1', false],
				['q1', true],
				['q2', true]
			]);
		});

		test('answers arriving together are stored together, each counted in its turn', async () => {
			const sent = [
				attempt('L1', 'q1', false),
				attempt('L2', 'q1', true),
				attempt('L1', 'q1', true),
				attempt('L1', 'q2', true),
				attempt('L1', 'q1', false)
			];
			expect(await Promise.all(sent.map((a) => recordAttempt(db, a)))).toEqual([1, 1, 2, 1, 3]);
			expect(await facts('L1')).toEqual([
				['q1', false],
				['q1', true],
				['q2', true],
				['q1', false]
			]);
		});

		test('the state of each question is kept as answers are stored, as if made from them all', async () => {
			const review = (a: NewAttempt): NewAttempt => ({ ...a, context: 'review' });
			// Some arrive together, some one by one; two learners, two modules.
			await Promise.all(
				[
					attempt('L1', 'q1', false),
					attempt('L2', 'q1', true),
					review(attempt('L1', 'q1', true)),
					attempt('L1', 'q9', true, 'other')
				].map((a) => recordAttempt(db, a))
			);
			await recordAttempt(db, attempt('L1', 'q2', true));
			await recordAttempt(db, review(attempt('L1', 'q1', false)));
			const stored = await questionStates(db, 'L1');
			const made = await answerFacts(db, 'L1');
			expect([...stored.keys()].sort()).toEqual(['m', 'other']);
			for (const module of ['m', 'other'])
				expect(stored.get(module)).toEqual(statesOf(made.get(module)!));
			expect(stored.get('m')!.get('q1')).toMatchObject({
				attempts: 3,
				first: { correct: false },
				latest: { correct: false, context: 'review' },
				reviewsThatDay: 2,
				before: { rightNow: true, firstRight: false }
			});
			expect([...(await questionStates(db, 'L2', 'm')).get('m')!.keys()]).toEqual(['q1']);
		});

		test('an answer that cannot be stored fails alone; the others sent with it are kept', async () => {
			const broken = { ...attempt('L1', 'q2', true), learnerId: null as unknown as string };
			const results = await Promise.allSettled([
				recordAttempt(db, attempt('L1', 'q1', true)),
				recordAttempt(db, broken),
				recordAttempt(db, attempt('L2', 'q1', false))
			]);
			expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
			expect(await facts('L1')).toEqual([['q1', true]]);
			expect(await facts('L2')).toEqual([['q1', false]]);
		});

		test('the latest answer to each question comes back with its version and count', async () => {
			await recordAttempt(db, attempt('L1', 'q1', false));
			await recordAttempt(db, attempt('L1', 'q1', true));
			const latest = await latestAnswers(db, 'L1', 'm');
			expect(latest.get('q1')).toMatchObject({
				answer: { kind: 'single', choice: 'right' },
				version: 'q1-v1',
				attempts: 2
			});
			expect(latest.has('q2')).toBe(false);
		});

		test('survives closing and reopening the database (a restart)', async () => {
			await recordAttempt(db, attempt('L1', 'q1', true));
			await db.destroy();
			db = await openDatabase(database.target);
			expect(await facts('L1')).toEqual([['q1', true]]);
		});

		test('learners see only their own attempts, grouped by module', async () => {
			await recordAttempt(db, attempt('L1', 'q1', true));
			await recordAttempt(db, attempt('L2', 'q1', false));
			await recordAttempt(db, attempt('L1', 'q9', false, 'other'));
			expect([...(await answerFacts(db, 'L1')).keys()].sort()).toEqual(['m', 'other']);
			expect(await facts('L1')).toEqual([['q1', true]]);
			expect(await facts('L2')).toEqual([['q1', false]]);
			expect([...(await answerFacts(db, 'L1', 'other')).keys()]).toEqual(['other']);
		});

		test('deleting a learner removes their attempts and row, and nobody else’s', async () => {
			await recordAttempt(db, attempt('L1', 'q1', true));
			await recordAttempt(db, attempt('L2', 'q1', true));
			expect(await deleteLearner(db, 'L1')).toBe(1);
			expect(await facts('L1')).toEqual([]);
			expect(await questionStates(db, 'L1')).toEqual(new Map());
			expect(await answersVersion(db, 'L1')).toBe('0');
			expect(await findLearner(db, 'L1')).toBeUndefined();
			expect(await facts('L2')).toEqual([['q1', true]]);
		});

		test('an export holds every answer, readable, and nobody else’s', async () => {
			await recordAttempt(db, attempt('L1', 'q1', true));
			await recordAttempt(db, { ...attempt('L1', 'q2', false), context: 'review' });
			await recordAttempt(db, attempt('L2', 'q1', true));
			const data = await exportLearner(db, 'L1');
			expect(data.learner?.reviewLoad).toBe('normal');
			expect(data.attempts).toMatchObject([
				{ question: 'q1', correct: true, context: 'quiz', answer: { choice: 'right' } },
				{ question: 'q2', correct: false, context: 'review', answer: { choice: 'wrong' } }
			]);
		});
	});

	describe('review settings and carrying progress to another device', () => {
		test('attempts keep whether they were a quiz or a review answer', async () => {
			await recordAttempt(db, attempt('L1', 'q1', true));
			await recordAttempt(db, { ...attempt('L1', 'q1', false), context: 'review' });
			const list = (await answerFacts(db, 'L1')).get('m')!;
			expect(list.map((f) => f.context)).toEqual(['quiz', 'review']);
		});

		test('the review load is stored per learner, normal by default', async () => {
			await recordAttempt(db, attempt('L1', 'q1', true));
			expect((await findLearner(db, 'L1'))?.reviewLoad).toBe('normal');
			await setReviewLoad(db, 'L1', 'light');
			expect((await findLearner(db, 'L1'))?.reviewLoad).toBe('light');
		});

		test('a recovery code is minted once and finds its learner', async () => {
			let minted = 0;
			const mint = () => `CODE-${++minted}`;
			expect(await recoveryCode(db, 'L1', mint)).toBe('CODE-1');
			expect(await recoveryCode(db, 'L1', mint)).toBe('CODE-1');
			expect(await learnerByCode(db, 'CODE-1')).toBe('L1');
			expect(await learnerByCode(db, 'CODE-2')).toBeUndefined();
			expect((await findLearner(db, 'L1'))?.recoveryCode).toBe('CODE-1');
		});

		test('merging moves every attempt and removes the old learner', async () => {
			await recordAttempt(db, attempt('phone', 'q1', true));
			await recordAttempt(db, attempt('phone', 'q2', false));
			await recordAttempt(db, attempt('laptop', 'q3', true));
			await recordAttempt(db, attempt('laptop', 'q2', true));
			expect(await mergeLearner(db, 'phone', 'laptop')).toBe(2);
			expect(await countAttempts(db, 'laptop')).toBe(4);
			expect(await findLearner(db, 'phone')).toBeUndefined();
			// Each question's state now comes from both browsers' answers, in the order given.
			const states = (await questionStates(db, 'laptop')).get('m')!;
			expect(states).toEqual(statesOf((await answerFacts(db, 'laptop')).get('m')!));
			expect(states.get('q2')).toMatchObject({
				attempts: 2,
				first: { correct: false },
				latest: { correct: true }
			});
			expect(await questionStates(db, 'phone')).toEqual(new Map());
		});
	});

	describe('failed tries: wrong codes and passwords', () => {
		const window = 15 * 60_000;
		const limits = [
			{ client: 'browser:a', max: 3 },
			{ client: 'network:n', max: 5 }
		];

		test('a browser is held back after its allowed different wrong codes, until the window passes', async () => {
			for (const [i, code] of ['C1', 'C2', 'C3'].entries()) {
				expect(await waitBeforeTry(db, limits, window, 1000 + i)).toBe(0);
				await recordFailedTry(db, ['browser:a', 'network:n'], code, window, 1000 + i);
			}
			expect(await waitBeforeTry(db, limits, window, 2000)).toBe(window - 1000);
			expect(await waitBeforeTry(db, limits, window, 1000 + window + 1)).toBe(0);
		});

		test('the same typo again counts once', async () => {
			for (let i = 0; i < 10; i++)
				await recordFailedTry(db, ['browser:a', 'network:n'], 'SAME', window, 1000 + i);
			expect(await waitBeforeTry(db, limits, window, 2000)).toBe(0);
		});

		test('other browsers on the network go on until the network ceiling, then all wait', async () => {
			const others = (b: string) => [
				{ client: `browser:${b}`, max: 3 },
				{ client: 'network:n', max: 5 }
			];
			for (const [i, b] of ['a', 'b', 'c', 'd', 'e'].entries()) {
				expect(await waitBeforeTry(db, others(b), window, 1000 + i)).toBe(0);
				await recordFailedTry(db, [`browser:${b}`, 'network:n'], `C${i}`, window, 1000 + i);
			}
			expect(await waitBeforeTry(db, others('f'), window, 2000)).toBeGreaterThan(0);
			expect(await waitBeforeTry(db, [{ client: 'browser:f', max: 3 }], window, 2000)).toBe(0);
		});

		test('old failures are cleared as new ones come, so the table stays small', async () => {
			for (let i = 0; i < 50; i++)
				await recordFailedTry(db, [`browser:${i}`], 'C', window, i * window);
			const { count } = await db
				.selectFrom('failed_tries')
				.select((eb) => eb.fn.countAll<number>().as('count'))
				.executeTakeFirstOrThrow();
			expect(count).toBe(1);
		});
	});

	describe('classes and invitations', () => {
		async function teacherRow(id: string) {
			const now = new Date().toISOString();
			await db
				.insertInto('teachers')
				.values({
					id,
					name: id,
					email: `${id}@x`,
					email_verified: kind === 'PostgreSQL' ? false : 0,
					image: null,
					created_at: now,
					updated_at: now
				})
				.execute();
		}

		test('a learner who joins keeps their answers, and keeps their classes through a merge', async () => {
			await teacherRow('T1');
			await createClass(db, { id: 'C1', teacherId: 'T1', name: 'History', joinCode: 'AAAA-BBBB' });
			await recordAttempt(db, attempt('L1', 'q1', true));
			await joinClass(db, 'C1', 'L1', 'Sam');
			await joinClass(db, 'C1', 'L2', 'Kim'); // no answers yet: joining makes the learner
			expect((await membersOf(db, 'C1')).map((m) => m.displayName)).toEqual(['Kim', 'Sam']);
			expect((await exportLearner(db, 'L1')).classes).toMatchObject([
				{ class: 'History', name: 'Sam' }
			]);
			await setReviewLoad(db, 'L3', 'normal'); // the learner a recovery code names
			await mergeLearner(db, 'L1', 'L3');
			expect(await classesOfLearner(db, 'L3')).toMatchObject([{ id: 'C1', displayName: 'Sam' }]);
			expect(await facts('L3')).toEqual([['q1', true]]);
		});

		test('a teacher sees only their own classes; an archived class cannot be found by its code', async () => {
			await teacherRow('T1');
			await teacherRow('T2');
			await createClass(db, { id: 'C1', teacherId: 'T1', name: 'Mine', joinCode: 'AAAA-BBBB' });
			expect(await teachersClass(db, 'T2', 'C1')).toBeUndefined();
			expect((await teachersClass(db, 'T1', 'C1'))?.name).toBe('Mine');
			expect(await classByCode(db, 'AAAA-BBBB')).toMatchObject({ id: 'C1' });
			await setArchived(db, 'C1', true);
			expect(await classByCode(db, 'AAAA-BBBB')).toBeUndefined();
		});

		test('deleting a learner takes them out of their classes', async () => {
			await teacherRow('T1');
			await createClass(db, { id: 'C1', teacherId: 'T1', name: 'History', joinCode: 'AAAA-BBBB' });
			await joinClass(db, 'C1', 'L1', 'Sam');
			await deleteLearner(db, 'L1');
			expect(await membersOf(db, 'C1')).toEqual([]);
		});

		test('a test is held until released, and the pages of its learners change when it is', async () => {
			await teacherRow('T1');
			await createClass(db, { id: 'C1', teacherId: 'T1', name: 'History', joinCode: 'AAAA-BBBB' });
			await joinClass(db, 'C1', 'L1', 'Sam');
			const fresh = await answersVersion(db, 'L1', '2027-03-01');
			expect(fresh).toBe('0');
			await addAssignment(db, {
				id: 'A1',
				classId: 'C1',
				module: 'm',
				unit: 'case:k',
				dueOn: '2027-03-12',
				test: true
			});
			await addAssignment(db, { id: 'A2', classId: 'C1', module: 'm', unit: 'case:s' });
			expect(await assignmentsForLearner(db, 'L1')).toMatchObject([
				{ id: 'A1', test: true, releasedAt: undefined },
				{ id: 'A2', test: false }
			]);
			// A learner with nothing stored but a running test is not served the page every reader gets.
			const held = await answersVersion(db, 'L1', '2027-03-12');
			expect(held).not.toBe('0');
			expect(await heldTests(db, 'L1', '2027-03-12')).toEqual([
				{ module: 'm', unit: 'case:k', dueOn: '2027-03-12' }
			]);
			expect(await heldTests(db, 'L1', '2027-03-13')).toEqual([]);
			expect(await heldTests(db, 'L2', '2027-03-12')).toEqual([]); // not in the class
			expect(await answersVersion(db, 'L1', '2027-03-13')).toBe('0');
			expect(await releaseAssignment(db, 'C1', 'A2')).toBe(false); // not a test
			expect(await releaseAssignment(db, 'C2', 'A1')).toBe(false); // not this class's
			expect(await releaseAssignment(db, 'C1', 'A1')).toBe(true);
			expect(await releaseAssignment(db, 'C1', 'A1')).toBe(false); // out already
			expect((await assignmentsForLearner(db, 'L1'))[0]?.releasedAt).toMatch(/^\d{4}-/);
			expect(await answersVersion(db, 'L1', '2027-03-12')).toBe('0');
			expect(await heldTests(db, 'L1', '2027-03-12')).toEqual([]);
		});

		test('what a request reads of its learner in one go agrees with each read apart', async () => {
			const both = async (learner: string, day: string) => ({
				version: await answersVersion(db, learner, day),
				held: await heldTests(db, learner, day)
			});
			// An id the server never issued is nobody.
			expect(await learnerAtRequest(db, 'L1', '2027-03-12')).toBeUndefined();
			await recordAttempt(db, attempt('L1', 'q1', false));
			expect(await learnerAtRequest(db, 'L1', '2027-03-12')).toEqual(
				await both('L1', '2027-03-12')
			);
			await teacherRow('T1');
			await createClass(db, { id: 'C1', teacherId: 'T1', name: 'History', joinCode: 'AAAA-BBBB' });
			await joinClass(db, 'C1', 'L1', 'Sam');
			await addAssignment(db, {
				id: 'A1',
				classId: 'C1',
				module: 'm',
				unit: 'case:k',
				dueOn: '2027-03-12',
				test: true
			});
			await addAssignment(db, { id: 'A2', classId: 'C1', module: 'm', unit: 'case:s', test: true });
			await recordAttempt(db, attempt('L1', 'q2', true));
			const during = await learnerAtRequest(db, 'L1', '2027-03-12');
			expect(during).toEqual(await both('L1', '2027-03-12'));
			expect(during?.held).toEqual([
				{ module: 'm', unit: 'case:k', dueOn: '2027-03-12' },
				{ module: 'm', unit: 'case:s' }
			]);
			expect(await learnerAtRequest(db, 'L1', '2027-03-13')).toEqual(
				await both('L1', '2027-03-13')
			);
			await deleteLearner(db, 'L1');
			expect(await learnerAtRequest(db, 'L1', '2027-03-12')).toBeUndefined();
		});

		test('an invitation opens once, before it expires, and only its hash is kept', async () => {
			const now = new Date('2026-01-01T00:00:00Z');
			await createInvite(db, 'a@school.example', 'secret-token', 7, now);
			const later = new Date('2026-01-09T00:00:00Z');
			expect(await inviteEmail(db, 'secret-token', later)).toBeUndefined();
			expect(await inviteEmail(db, 'secret-token', now)).toBe('a@school.example');
			expect(await useInvite(db, 'secret-token', now)).toBe(true);
			expect(await useInvite(db, 'secret-token', now)).toBe(false);
			const stored = await db.selectFrom('teacher_invites').selectAll().execute();
			expect(JSON.stringify(stored)).not.toContain('secret-token');
		});
	});
});
