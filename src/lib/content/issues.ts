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
		const d = distance(id, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best ? ` (did you mean "${best}"?)` : '';
}

/** Edit distance, cut short at 3: enough to tell a typo from another id. */
function distance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 2) return 3;
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}
