import { distance } from 'fastest-levenshtein';

/** One problem in one content file, reported as `file:line: message`. */
export interface ContentIssue {
	/** Path relative to the content folder, e.g. `what-makes-a-coup/sources.yaml`. */
	file: string;
	/** 1-based line in that file. */
	line: number;
	message: string;
}

export function formatIssue(issue: ContentIssue, root = 'content'): string {
	return `${root}/${issue.file}:${issue.line}: ${issue.message}`;
}

export function formatIssues(issues: ContentIssue[], root = 'content'): string {
	const sorted = [...issues].sort((a, b) =>
		a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1
	);
	return sorted.map((issue) => formatIssue(issue, root)).join('\n');
}

/** Thrown where content cannot be served at all; carries every issue found. */
export class ContentError extends Error {
	constructor(public issues: ContentIssue[]) {
		super(
			`${issues.length} problem${issues.length === 1 ? '' : 's'} in content:\n${formatIssues(issues)}`
		);
		this.name = 'ContentError';
	}
}

/** ` (did you mean "x"?)` when a known id is one or two edits away. */
export function suggest(id: string, known: Iterable<string>): string {
	let best: string | undefined;
	let bestDistance = 3;
	for (const candidate of known) {
		if (Math.abs(candidate.length - id.length) >= bestDistance) continue;
		const d = distance(id, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best ? ` (did you mean "${best}"?)` : '';
}
