import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runHashes, words } from './seed-text';

const root = join(import.meta.dirname, '..', '..', '..');
const seed = new Set(
	readFileSync(join(root, 'tests', 'fixtures', 'seed-runs.txt'), 'utf8')
		.split('\n')
		.filter((line) => /^[0-9a-f]{16}$/.test(line))
);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

describe('the blog account that inspired the module is summarised, never reproduced', () => {
	test('the fixture holds the hashes of its 12-word runs', () => {
		expect(seed.size).toBeGreaterThan(500);
	});

	// Where the account itself is at hand (beside the project), the fixture must match it.
	const original = join(root, '..', 'shared', 'seed', '000_ba167517f1d31139.txt');
	test.skipIf(!existsSync(original))('the hashes are those of the account', () => {
		expect([...runHashes(readFileSync(original, 'utf8'))].sort()).toEqual([...seed].sort());
	});

	test('the check finds a copied run, even re-cased and re-punctuated', () => {
		const copied = 'One two three, four five six seven: eight nine ten eleven twelve.';
		const own = runHashes(copied);
		expect([...runHashes(copied.toUpperCase().replace(/[,:.]/g, ''))]).toEqual([...own]);
		expect(words('Tokayev’s “coup”')).toEqual(['tokayev', 's', 'coup']);
	});

	for (const folder of ['content', 'src']) {
		test(`no run of 12 words from it appears in ${folder}/`, () => {
			const copied = files(join(root, folder)).filter((file) =>
				[...runHashes(readFileSync(file, 'utf8'))].some((hash) => seed.has(hash))
			);
			expect(copied).toEqual([]);
		});
	}
});
