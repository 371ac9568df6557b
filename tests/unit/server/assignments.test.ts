import { expect, test } from 'vitest';
import { outlineOf } from '$lib/content/outline';
import { deriveProgress } from '$lib/progress/derive';
import { progressIn, unitOf, unitsOf } from '$lib/server/assignments';
import { miniModule } from '../helpers';

const module = miniModule();

test('every unit a teacher can set names a page and a part of the progress', () => {
	const units = unitsOf(module).flatMap((group) => group.units);
	expect(units.length).toBe(
		module.cases.length +
			module.cases.reduce((n, c) => n + c.sections.length, 0) +
			module.dimensions.length
	);
	const progress = deriveProgress(outlineOf(module), []);
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
	const progress = deriveProgress(outlineOf(module), [
		{
			questionId: question.id,
			earned: 1,
			total: 1,
			correct: true,
			createdAt: '2026-12-01T10:00:00Z',
			context: 'quiz'
		}
	]);
	expect(progressIn(progress, `section:${c.slug}/${s.slug}`)).toMatchObject({
		answered: 1,
		total: s.questions.filter((q) => q.graded).length
	});
});
