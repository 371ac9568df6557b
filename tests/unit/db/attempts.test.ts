import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	countAttempts,
	deleteLearner,
	findLearner,
	findLearnerByCode,
	listAttempts,
	mergeLearner,
	recordAttempt,
	recoveryCode,
	setReviewLoad
} from '$lib/server/db/attempts';
import { openDatabase } from '$lib/server/db/open';

let dir: string;
let file: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parallels-db-'));
	file = join(dir, 'nested', 'test.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const attempt = (learnerId: string, questionId: string, correct: boolean, module = 'm') => ({
	learnerId,
	module,
	questionId,
	kind: 'single',
	answer: { kind: 'single', choice: correct ? 'o1' : 'o2' },
	earned: correct ? 1 : 0,
	total: 1,
	correct,
	contentVersion: 'v1'
});

describe('the attempts store', () => {
	test('creates the file and folder, applies migrations, uses WAL', async () => {
		const db = await openDatabase(file);
		const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
		expect(rows[0]!.journal_mode).toBe('wal');
		const tables = await db.introspection.getTables();
		expect(tables.map((t) => t.name).sort()).toEqual(['attempts', 'learners']);
		await db.destroy();
	});

	test('records attempts in order, counting them per question', async () => {
		const db = await openDatabase(file);
		expect(await recordAttempt(db, attempt('L1', 'q1', false))).toBe(1);
		expect(await recordAttempt(db, attempt('L1', 'q1', true))).toBe(2);
		expect(await recordAttempt(db, attempt('L1', 'q2', true))).toBe(1);
		const rows = await listAttempts(db, 'L1');
		expect(rows.map((r) => [r.question_id, r.correct])).toEqual([
			['q1', 0],
			['q1', 1],
			['q2', 1]
		]);
		expect(JSON.parse(rows[0]!.answer)).toEqual({ kind: 'single', choice: 'o2' });
		await db.destroy();
	});

	test('survives closing and reopening the file (a restart)', async () => {
		const first = await openDatabase(file);
		await recordAttempt(first, attempt('L1', 'q1', true));
		await first.destroy();
		const second = await openDatabase(file);
		expect(await listAttempts(second, 'L1')).toHaveLength(1);
		await second.destroy();
	});

	test('learners see only their own attempts, per module when asked', async () => {
		const db = await openDatabase(file);
		await recordAttempt(db, attempt('L1', 'q1', true));
		await recordAttempt(db, attempt('L2', 'q1', false));
		await recordAttempt(db, attempt('L1', 'q9', false, 'other'));
		expect(await listAttempts(db, 'L1')).toHaveLength(2);
		expect(await listAttempts(db, 'L1', 'm')).toHaveLength(1);
		expect((await listAttempts(db, 'L2'))[0]!.correct).toBe(0);
		await db.destroy();
	});

	test('deleting a learner removes their attempts and row, and nobody else’s', async () => {
		const db = await openDatabase(file);
		await recordAttempt(db, attempt('L1', 'q1', true));
		await recordAttempt(db, attempt('L2', 'q1', true));
		expect(await deleteLearner(db, 'L1')).toBe(1);
		expect(await listAttempts(db, 'L1')).toEqual([]);
		expect(await findLearner(db, 'L1')).toBeUndefined();
		expect(await listAttempts(db, 'L2')).toHaveLength(1);
		await db.destroy();
	});
});

describe('review settings and carrying progress to another device', () => {
	test('attempts keep whether they were a quiz or a review answer', async () => {
		const db = await openDatabase(file);
		await recordAttempt(db, attempt('L1', 'q1', true));
		await recordAttempt(db, { ...attempt('L1', 'q1', false), context: 'review' });
		expect((await listAttempts(db, 'L1')).map((r) => r.context)).toEqual(['quiz', 'review']);
		await db.destroy();
	});

	test('the review load is stored per learner, normal by default', async () => {
		const db = await openDatabase(file);
		await recordAttempt(db, attempt('L1', 'q1', true));
		expect((await findLearner(db, 'L1'))?.review_load).toBe('normal');
		await setReviewLoad(db, 'L1', 'light');
		expect((await findLearner(db, 'L1'))?.review_load).toBe('light');
		await db.destroy();
	});

	test('a recovery code is minted once and finds its learner', async () => {
		const db = await openDatabase(file);
		let minted = 0;
		const mint = () => `CODE-${++minted}`;
		expect(await recoveryCode(db, 'L1', mint)).toBe('CODE-1');
		expect(await recoveryCode(db, 'L1', mint)).toBe('CODE-1');
		expect((await findLearnerByCode(db, 'CODE-1'))?.id).toBe('L1');
		expect(await findLearnerByCode(db, 'CODE-2')).toBeUndefined();
		await db.destroy();
	});

	test('merging moves every attempt and removes the old learner', async () => {
		const db = await openDatabase(file);
		await recordAttempt(db, attempt('phone', 'q1', true));
		await recordAttempt(db, attempt('phone', 'q2', false));
		await recordAttempt(db, attempt('laptop', 'q3', true));
		expect(await mergeLearner(db, 'phone', 'laptop')).toBe(2);
		expect(await countAttempts(db, 'laptop')).toBe(3);
		expect(await findLearner(db, 'phone')).toBeUndefined();
		await db.destroy();
	});
});
