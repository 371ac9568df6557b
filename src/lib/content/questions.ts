import type { BuildTools, QuestionBaseInput } from './kinds/base.ts';
import { contentKinds, questionKinds, type QuestionKind } from './kinds/index.ts';
import { shortHash } from './ids.ts';
import { suggest, type ContentIssue } from './issues.ts';
import type { LinkResolver, Markdown } from './markdown.ts';
import { renderAll } from './render.ts';
import type { Question } from './types.ts';
import { formatPath, itemOf, parseYaml, validateYaml, type ParsedYaml } from './yaml.ts';

type Where = { file: string; line: number };
type Input = QuestionBaseInput & { kind: QuestionKind } & Record<string, unknown>;

/** Question ids already used in the module, with where each was first written. */
export type QuestionIds = Map<string, Where>;

/** What a quiz is checked and built against: the module's question ids, sources and links. */
export interface QuizContext {
	seen: QuestionIds;
	links: LinkResolver;
	/** Undefined when the bibliography could not be read (reported once, elsewhere). */
	knownSources?: ReadonlySet<string>;
}

/** The questions of a ```quiz block: validated one by one, then built with their markdown rendered. */
export function quizFrom(
	yaml: string,
	where: Where,
	context: QuizContext,
	issues: ContentIssue[]
): Question[] {
	const parsed = parseYaml(yaml, where.file, where.line);
	issues.push(...parsed.issues);
	if (parsed.issues.length > 0) return [];
	if (!Array.isArray(parsed.data)) {
		issues.push({ ...where, message: 'a quiz block must be a YAML list of questions' });
		return [];
	}
	const valid: { input: Input; where: Where }[] = [];
	parsed.data.forEach((raw, i) => {
		const input = validQuestion(itemOf(parsed, i), raw, i, where.file, issues);
		if (!input) return;
		const here = { file: where.file, line: parsed.lineAt([i]) };
		const first = context.seen.get(input.id);
		if (first) {
			issues.push({
				...here,
				message: `duplicate question id "${input.id}" (first used at ${first.file}:${first.line})`
			});
			return;
		}
		context.seen.set(input.id, here);
		input.sources.forEach((id, j) => {
			if (context.knownSources && !context.knownSources.has(id))
				issues.push({
					file: where.file,
					line: parsed.lineAt([i, 'sources', j]),
					message: `question "${input.id}" sources: unknown source "${id}"${suggest(id, context.knownSources)}`
				});
		});
		valid.push({ input, where: here });
	});
	return buildQuestions(valid, context.links);
}

/**
 * One question from its fields as an author writes them, outside any file: for tools and tests.
 * Links to sources and terms resolve to nothing.
 */
export function compileQuestion(raw: unknown): { question?: Question; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const item: ParsedYaml = { data: raw, lineAt: () => 1, issues: [] };
	const input = validQuestion(item, raw, 0, '(question)', issues);
	if (!input) return { issues };
	const none: LinkResolver = { source: () => undefined, term: () => undefined };
	return {
		question: buildQuestions([{ input, where: { file: '(question)', line: 1 } }], none)[0],
		issues
	};
}

function validQuestion(
	item: ParsedYaml,
	raw: unknown,
	i: number,
	file: string,
	issues: ContentIssue[]
): Input | undefined {
	const fields = (raw ?? {}) as { id?: unknown; kind?: unknown };
	const label = typeof fields.id === 'string' ? `question "${fields.id}"` : `question ${i + 1}`;
	const kind = fields.kind;
	if (typeof kind !== 'string' || !(questionKinds as string[]).includes(kind)) {
		issues.push({
			file,
			line: item.lineAt(['kind']),
			message: `${label} kind: must be one of: ${questionKinds.join(', ')}`
		});
		return undefined;
	}
	const result = validateYaml(
		contentKinds[kind as QuestionKind].schema,
		item,
		file,
		(path) => `${label}${path.length ? ` ${formatPath(path)}` : ''}`
	);
	issues.push(...result.issues);
	return result.value as Input | undefined;
}

/**
 * Turns validated questions into their server form: markdown rendered, parts given stable ids.
 * Each question is built twice: first only to learn its markdown, so that the whole quiz is
 * rendered in one go (the sanitizer costs most per call), then with the HTML.
 */
function buildQuestions(list: { input: Input; where: Where }[], links: LinkResolver): Question[] {
	const markdown: Markdown[] = [];
	const collect = (inline: boolean) => (text: string) => {
		markdown.push({ text, inline });
		return '';
	};
	for (const { input, where } of list)
		buildQuestion(input, where, { inline: collect(true), block: collect(false) });
	const html = renderAll(markdown, links);
	let next = 0;
	const take = () => html[next++]!;
	return list.map(({ input, where }) => buildQuestion(input, where, { inline: take, block: take }));
}

function buildQuestion(
	input: Input,
	where: Where,
	render: Pick<BuildTools, 'inline' | 'block'>
): Question {
	const kind = contentKinds[input.kind] as unknown as {
		build(input: Input, tools: BuildTools): object;
		answeredAgainst(input: Input): unknown;
		graded?: boolean;
	};
	// The base fields are rendered first, in the same order in both passes.
	const promptHtml = render.inline(input.prompt);
	const hintHtml = input.hint === undefined ? undefined : render.inline(input.hint);
	const explanationHtml = render.block(input.explanation);
	return {
		id: input.id,
		kind: input.kind,
		skill: input.skill,
		claim: input.claim,
		promptHtml,
		hintHtml,
		explanationHtml,
		sources: input.sources,
		graded: kind.graded !== false,
		version: shortHash(JSON.stringify([input.kind, input.prompt, kind.answeredAgainst(input)])),
		...where,
		...kind.build(input, { ...render, partId: partIds(input.id) })
	} as Question;
}

/** Ids derived from the question id and the part's text: stable across edits elsewhere. */
function partIds(questionId: string): (text: string) => string {
	const used = new Set<string>();
	return (text) => {
		let id = shortHash(`${questionId}:${text}`);
		while (used.has(id)) id = shortHash(`${id}:${text}`);
		used.add(id);
		return id;
	};
}
