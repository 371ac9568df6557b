export interface SplitFile {
	/** The YAML between the `---` fences, or `undefined` when the file has none. */
	frontmatter?: string;
	/** 1-based line on which the YAML starts. */
	frontmatterLine: number;
	body: string;
	/** 1-based line on which the body starts. */
	bodyLine: number;
}

const fence = /^---\s*$/;

export function splitFrontmatter(source: string): SplitFile {
	const lines = source.split('\n');
	if (!fence.test(lines[0] ?? '')) return { frontmatterLine: 1, body: source, bodyLine: 1 };
	const end = lines.findIndex((line, i) => i > 0 && fence.test(line));
	if (end === -1) return { frontmatterLine: 1, body: source, bodyLine: 1 };
	return {
		frontmatter: lines.slice(1, end).join('\n'),
		frontmatterLine: 2,
		body: lines.slice(end + 1).join('\n'),
		bodyLine: end + 2
	};
}

export interface QuizBlock {
	yaml: string;
	/** 1-based line (in the whole file) of the first YAML line. */
	line: number;
	/** True when the closing fence is missing. */
	unclosed: boolean;
}

export interface SplitBody {
	prose: string;
	quizzes: QuizBlock[];
	/** Line of the first non-blank text after the last quiz block, if any. */
	trailingLine?: number;
}

/** Separates prose from ```quiz fenced blocks; `bodyLine` maps back to lines in the file. */
export function splitQuizzes(body: string, bodyLine: number): SplitBody {
	const lines = body.split('\n');
	const prose: string[] = [];
	const quizzes: QuizBlock[] = [];
	let trailingLine: number | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (/^```+\s*quiz\s*$/.test(line)) {
			const close = lines.findIndex((l, j) => j > i && /^```+\s*$/.test(l));
			const end = close === -1 ? lines.length : close;
			quizzes.push({
				yaml: lines.slice(i + 1, end).join('\n'),
				line: bodyLine + i + 1,
				unclosed: close === -1
			});
			trailingLine = undefined;
			i = end;
			continue;
		}
		if (quizzes.length > 0 && line.trim() !== '' && trailingLine === undefined) {
			trailingLine = bodyLine + i;
		}
		prose.push(line);
	}
	return { prose: prose.join('\n'), quizzes, trailingLine };
}
