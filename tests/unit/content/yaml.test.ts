import { describe, expect, it } from 'vitest';
import { parseYaml } from '$lib/content/yaml';

describe('parseYaml', () => {
	it('reports an alias with no anchor at its line instead of throwing', () => {
		const parsed = parseYaml('title: A\nsources:\n  - *missing\n', 'x.md', 10);
		expect(parsed.data).toBeUndefined();
		expect(parsed.issues).toHaveLength(1);
		expect(parsed.issues[0]).toMatchObject({ file: 'x.md', line: 12 });
		expect(parsed.issues[0]!.message).toMatch(/^YAML: /);
	});

	it('still resolves an alias that has its anchor', () => {
		const parsed = parseYaml('a: &x 1\nb: *x\n', 'x.md');
		expect(parsed.issues).toEqual([]);
		expect(parsed.data).toEqual({ a: 1, b: 1 });
	});
});
