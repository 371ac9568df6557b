import { exportLearner, getDb, type ExportedAttempt, type LearnerExport } from './db';
import { heldFor } from './held';

/** A learner's download: an answer in a test whose results are held has no result in it yet. */
export type OwnExport = Omit<LearnerExport, 'attempts'> & {
	attempts: (Omit<ExportedAttempt, 'correct' | 'earned'> & {
		correct: boolean | null;
		earned: number | null;
		/** In a test whose results are not out yet: `correct` and `earned` are left out. */
		held?: true;
	})[];
};

/** Everything stored about the learner in this browser, as they may see it today. */
export async function ownExport(learnerId: string | undefined): Promise<OwnExport> {
	if (!learnerId) return { learner: null, attempts: [], hints: [], classes: [] };
	const [data, held] = await Promise.all([
		exportLearner(await getDb(), learnerId),
		heldFor(learnerId)
	]);
	return {
		...data,
		attempts: data.attempts.map((a) =>
			held.get(a.module)?.has(a.question) ? { ...a, correct: null, earned: null, held: true } : a
		)
	};
}

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

/** A learner's stored answers, one row each, for a spreadsheet; held results left empty. */
export function answersCsv(data: OwnExport): string {
	const lines = [
		columns.join(','),
		...data.attempts.map((a) =>
			[
				a.module,
				a.question,
				a.kind,
				a.context,
				a.correct === null ? '' : a.correct ? 'yes' : 'no',
				a.earned ?? '',
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
