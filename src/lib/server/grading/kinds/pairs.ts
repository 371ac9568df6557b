import { m } from '$lib/i18n';
import type { Fields, Parsed } from './base.ts';
import { notPart, unexpected, unknownId } from './base.ts';

/**
 * Match and categorize answers are both a map from one part to another (left side to right side,
 * item to group), sent as one field per part: `<prefix><part id>` = the chosen id.
 */
export function mapFromForm(
	fields: Fields,
	prefix: string,
	expected: number,
	incomplete: string
): Parsed<Record<string, string>> {
	const bad = unexpected(fields, (name) => name.startsWith(prefix));
	if (bad) return bad;
	const map: Record<string, string> = {};
	for (const name of fields.names) {
		const value = fields.one(name);
		if (value === undefined) return { error: m.errors.oneValue(name.slice(0, 40)) };
		if (value !== '') map[name.slice(prefix.length)] = value;
	}
	if (Object.keys(map).length < expected) return { error: incomplete, incomplete: true };
	return { answer: map };
}

/** Every key and value names a part of the question, and every key is there. */
export function checkMap(
	map: Record<string, string>,
	keys: string[],
	values: string[],
	questionId: string,
	incomplete: string
): { error: string; incomplete?: true } | undefined {
	const bad = unknownId(Object.keys(map), keys) ?? unknownId(Object.values(map), values);
	if (bad !== undefined) return notPart(bad, questionId);
	if (Object.keys(map).length !== keys.length) return { error: incomplete, incomplete: true };
	return undefined;
}
