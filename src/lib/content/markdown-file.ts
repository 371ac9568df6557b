import type { z } from 'zod';
import { splitFrontmatter, splitQuizzes } from './frontmatter.ts';
import type { ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import { quizFrom, type QuizContext } from './questions.ts';
import type { Question } from './types.ts';
import { parseYaml, validateYaml } from './yaml.ts';

/** Whether a kind of file must, may or must not end with a quiz. */
export type QuizRule = 'required' | 'optional' | 'none';

export interface MarkdownFile<Meta> {
	/** The frontmatter, when it is valid. */
	meta?: Meta;
	lineAt(path: readonly PropertyKey[]): number;
	prose: string;
	bodyLine: number;
	questions: Question[];
}

/** The frontmatter, prose and quiz of a markdown file, with every problem in it. */
export function readMarkdownFile<S extends z.ZodType>(
	module: ModuleFiles,
	name: string,
	schema: S,
	quiz: QuizRule,
	context: QuizContext,
	issues: ContentIssue[]
): MarkdownFile<z.infer<S>> | undefined {
	const file = module.at(name);
	const split = splitFrontmatter(module.files[name]!);
	if (split.frontmatter === undefined) {
		issues.push({ file, line: 1, message: 'missing frontmatter: start the file with a --- block' });
		return undefined;
	}
	const parsed = parseYaml(split.frontmatter, file, split.frontmatterLine);
	issues.push(...parsed.issues);
	const meta = parsed.issues.length > 0 ? { issues: [] } : validateYaml(schema, parsed, file);
	issues.push(...meta.issues);

	const body = splitQuizzes(split.body, split.bodyLine);
	const at = (line: number, message: string) => issues.push({ file, line, message });
	if (quiz === 'none') {
		for (const block of body.quizzes)
			at(block.line - 1, 'quiz blocks belong in sections and comparison files');
	} else if (body.quizzes.length === 0 && quiz === 'required') {
		at(split.bodyLine, 'section has no quiz: end it with a ```quiz block');
	} else if (body.quizzes.length > 1) {
		at(
			body.quizzes[1]!.line - 1,
			'a section has one quiz block; merge the questions into the first'
		);
	}
	for (const block of body.quizzes)
		if (block.unclosed) at(block.line - 1, 'quiz block is not closed with ```');
	if (body.trailingLine !== undefined)
		at(body.trailingLine, 'text after the quiz block: the quiz ends the section');

	const questions =
		quiz === 'none'
			? []
			: body.quizzes.flatMap((block) =>
					quizFrom(block.yaml, { file, line: block.line }, context, issues)
				);
	return {
		meta: meta.value,
		lineAt: parsed.lineAt,
		prose: body.prose,
		bodyLine: split.bodyLine,
		questions
	};
}
