import { expect, test } from 'vitest';
import { outlineOf } from '$lib/content/outline';
import { deriveProgress } from '$lib/progress/derive';
import { heldQuestions, progressIn, questionsIn, unitOf, unitsOf } from '$lib/server/assignments';
import { miniModule, statesFrom } from '../helpers';

const module = miniModule();

test('every unit a teacher can set names a page and a part of the progress', () => {
	const units = unitsOf(module).flatMap((group) => group.units);
	expect(units.length).toBe(
		module.cases.length +
			module.cases.reduce((n, c) => n + c.sections.length, 0) +
			module.dimensions.length
	);
	const progress = deriveProgress(outlineOf(module), new Map());
	for (const { key } of units) {
		expect(unitOf(module, key)?.href, key).toMatch(new RegExp(`^/${module.slug}/`));
		expect(progressIn(progress, key), key).toMatchObject({ answered: 0, status: 'not-started' });
	}
});

test('a unit the module no longer has is not found', () => {
	for (const key of ['case:gone', 'section:gone/x', 'dimension:gone', 'lesson:x', 'nonsense'])
		expect(unitOf(module, key), key).toBeUndefined();
});

test('a section set counts only its own questions', () => {
	const c = module.cases[0]!;
	const s = c.sections[0]!;
	const question = s.questions[0]!;
	const progress = deriveProgress(
		outlineOf(module),
		statesFrom([
			{ questionId: question.id, correct: true, createdAt: '2026-12-01T10:00:00Z', context: 'quiz' }
		])
	);
	expect(progressIn(progress, `section:${c.slug}/${s.slug}`)).toMatchObject({
		answered: 1,
		total: s.questions.filter((q) => q.graded).length
	});
});

test('a test holds its questions through its due date, and not once released', () => {
	const c = module.cases[0]!;
	const inCase = c.sections.flatMap((s) => s.questions.map((q) => q.id));
	const set = { module: module.slug, unit: `case:${c.slug}`, test: true, dueOn: '2027-03-12' };
	expect([...heldQuestions(module, [set], '2027-03-12').keys()]).toEqual(inCase);
	expect(heldQuestions(module, [set], '2027-03-13').size).toBe(0);
	expect(
		heldQuestions(module, [{ ...set, releasedAt: '2027-03-01T09:00:00Z' }], '2027-03-02').size
	).toBe(0);
	expect(heldQuestions(module, [{ ...set, test: false }], '2027-03-01').size).toBe(0);
	expect(heldQuestions(module, [{ ...set, module: 'other' }], '2027-03-01').size).toBe(0);
	// Without a due date, until the teacher releases it.
	expect(
		heldQuestions(module, [{ ...set, dueOn: undefined }], '2099-01-01').get(inCase[0]!)
	).toEqual({
		until: undefined
	});
});

test('a question in two tests is held until both let it go', () => {
	const c = module.cases[0]!;
	const s = c.sections[0]!;
	const id = s.questions[0]!.id;
	const whole = { module: module.slug, unit: `case:${c.slug}`, test: true, dueOn: '2027-03-12' };
	const one = {
		module: module.slug,
		unit: `section:${c.slug}/${s.slug}`,
		test: true,
		dueOn: '2027-03-20'
	};
	expect(heldQuestions(module, [whole, one], '2027-03-01').get(id)).toEqual({
		until: '2027-03-20'
	});
	expect(heldQuestions(module, [one, whole], '2027-03-01').get(id)).toEqual({
		until: '2027-03-20'
	});
	expect(
		heldQuestions(module, [one, { ...whole, dueOn: undefined }], '2027-03-01').get(id)
	).toEqual({
		until: undefined
	});
	expect(questionsIn(module, 'dimension:gone')).toEqual([]);
	expect(questionsIn(module, `section:${c.slug}/${s.slug}`)).toEqual(s.questions.map((q) => q.id));
});
