import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from './issues.ts';

export interface ParsedYaml {
	data: unknown;
	/** The line of the node at `path`, or of its nearest existing parent. */
	lineAt(path: readonly PropertyKey[]): number;
	issues: ContentIssue[];
}

/**
 * Parses YAML that starts at `firstLine` of `file` (frontmatter and quiz blocks sit inside
 * markdown files), keeping enough of the document to point every later problem at a line.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

	const issues: ContentIssue[] = [...doc.errors, ...doc.warnings].map((error) => ({
		file,
		line: toLine(error.pos[0]),
		message: `YAML: ${error.message.split('\n')[0]}`
	}));

	function lineAt(path: readonly PropertyKey[]): number {
		let node: unknown = doc.contents;
		let line = node && (node as Node).range ? toLine((node as Node).range![0]) : firstLine;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
				if (!pair) break;
				const keyNode = pair.key as Node;
				if (keyNode.range) line = toLine(keyNode.range[0]);
				node = pair.value;
				if (isSeq(node) || isMap(node)) continue;
				if (node && (node as Node).range && !isScalar(node))
					line = toLine((node as Node).range![0]);
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Node | undefined;
				if (!item) break;
				if (item.range) line = toLine(item.range[0]);
				node = item;
			} else {
				break;
			}
		}
		return line;
	}

	if (issues.length > 0) return { data: undefined, lineAt, issues };
	try {
		return { data: doc.toJS(), lineAt, issues };
	} catch (error) {
		// e.g. an alias (*name) with no anchor (&name): point at the first alias
		let line = firstLine;
		visit(doc, {
			Alias(_, node) {
				if (node.range) line = toLine(node.range[0]);
				return visit.BREAK;
			}
		});
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { data: undefined, lineAt, issues: [{ file, line, message: `YAML: ${message}` }] };
	}
}

/** Validates `parsed.data` against `schema`; every zod issue becomes a ContentIssue with a line. */
export function validateYaml<S extends z.ZodType>(
	schema: S,
	parsed: ParsedYaml,
	file: string,
	describe: (path: readonly PropertyKey[]) => string = formatPath
): { value?: z.infer<S>; issues: ContentIssue[] } {
	const result = schema.safeParse(parsed.data);
	if (result.success) return { value: result.data, issues: [] };
	const issues: ContentIssue[] = [];
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				issues.push({ file, line: parsed.lineAt(path), message: `${describe(path)}: unknown key` });
			}
			continue;
		}
		const missing = issue.code === 'invalid_type' && valueAt(parsed.data, issue.path) === undefined;
		issues.push({
			file,
			line: parsed.lineAt(issue.path),
			message: `${describe(issue.path)}: ${missing ? 'missing (required)' : issue.message}`
		});
	}
	return { issues };
}

/** The `i`-th entry of a parsed YAML list, with lines still pointing into the whole file. */
export function itemOf(parsed: ParsedYaml, i: number): ParsedYaml {
	return {
		data: Array.isArray(parsed.data) ? parsed.data[i] : undefined,
		lineAt: (path) => parsed.lineAt([i, ...path]),
		issues: []
	};
}

export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
	}
	return out || '(document)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}
