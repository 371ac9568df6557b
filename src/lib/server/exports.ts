import type { LearnerExport } from './db';

const columns = [
	'module',
	'question',
	'kind',
	'context',
	'correct',
	'earned',
	'total',
	'answer',
	'shown',
	'flagged',
	'at'
];

/** A CSV cell: quoted, quotes doubled, and no leading =, +, - or @ for spreadsheets to run. */
export function csvCell(value: unknown): string {
	const text = String(value).replace(/^[=+\-@]/, "'$&");
	return `"${text.replace(/"/g, '""')}"`;
}

/** A learner's stored answers, one row each, for a spreadsheet. */
export function answersCsv(data: LearnerExport): string {
	const lines = [
		columns.join(','),
		...data.attempts.map((a) =>
			[
				a.module,
				a.question,
				a.kind,
				a.context,
				a.correct ? 'yes' : 'no',
				a.earned,
				a.total,
				JSON.stringify(a.answer),
				a.shown ? 'yes' : 'no',
				a.flagged ? 'yes' : 'no',
				a.at
			]
				.map(csvCell)
				.join(',')
		)
	];
	return lines.join('\r\n') + '\r\n';
}

/** Rows as CSV under a header of `columns`, every cell guarded as `csvCell` does. */
export function toCsv(columns: readonly string[], rows: Record<string, unknown>[]): string {
	return (
		[
			columns.join(','),
			...rows.map((row) => columns.map((c) => csvCell(row[c] ?? '')).join(','))
		].join('\r\n') + '\r\n'
	);
}
