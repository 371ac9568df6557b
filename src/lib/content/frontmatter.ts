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
	const none = { frontmatterLine: 1, body: source, bodyLine: 1 };
	const firstEnd = lineEnd(source, 0);
	if (!fence.test(source.slice(0, firstEnd))) return none;
	// Walks line by line rather than splitting: the body can be long and is only sliced once.
	for (let start = firstEnd + 1, line = 1; start <= source.length; line++) {
		const end = lineEnd(source, start);
		if (fence.test(source.slice(start, end)))
			return {
				frontmatter: source.slice(firstEnd + 1, start - 1),
				frontmatterLine: 2,
				body: source.slice(end + 1),
				bodyLine: line + 2
			};
		start = end + 1;
	}
	return none;
}

/** Offset of the newline ending the line that starts at `start`, or the length of `source`. */
function lineEnd(source: string, start: number): number {
	const end = source.indexOf('\n', start);
	return end === -1 ? source.length : end;
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
			const close = closingFence(lines, i + 1);
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

function closingFence(lines: string[], from: number): number {
	for (let j = from; j < lines.length; j++) if (/^```+\s*$/.test(lines[j]!)) return j;
	return -1;
}
