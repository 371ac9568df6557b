import { suggest, type ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import { citationPattern, termPattern } from './markdown.ts';
import type { Refs } from './types.ts';

/** The ids a citation names: `[@a; @b]` names a and b. */
const citedId = /@([a-z0-9-]+)/g;

/** The sources and glossary terms `markdown` cites, in the order first cited. */
export function refsOf(...markdown: string[]): Refs {
	const sources = new Set<string>();
	const terms = new Set<string>();
	for (const text of markdown) {
		for (const match of text.matchAll(citationPattern))
			for (const cited of match[0].matchAll(citedId)) sources.add(cited[1]!);
		for (const match of text.matchAll(termPattern)) terms.add(match[1]!);
	}
	return { sources: [...sources], terms: [...terms] };
}

export function hasCitation(markdown: string): boolean {
	return /\[@[a-z0-9]/.test(markdown);
}

/**
 * Every citation and glossary link in every file of the module must name a known id. A list that
 * is missing or broken (undefined) is reported once elsewhere, not at every reference to it.
 */
export function checkReferences(
	module: ModuleFiles,
	known: { sources?: ReadonlySet<string>; terms?: ReadonlySet<string> },
	issues: ContentIssue[]
): void {
	for (const [name, source] of Object.entries(module.files)) {
		const file = module.at(name);
		const lineOf = lineLookup(source);
		const unknownSources: ContentIssue[] = [];
		const unknownTerms: ContentIssue[] = [];
		if (known.sources)
			for (const match of source.matchAll(citationPattern))
				// Each id at its own line: a citation may run across lines.
				for (const cited of match[0].matchAll(citedId))
					if (!known.sources.has(cited[1]!))
						unknownSources.push({
							file,
							line: lineOf(match.index + cited.index),
							message: `citation to unknown source "${cited[1]}"${suggest(cited[1]!, known.sources)}`
						});
		if (known.terms)
			for (const match of source.matchAll(termPattern))
				if (!known.terms.has(match[1]!))
					unknownTerms.push({
						file,
						line: lineOf(match.index),
						message: `link to unknown glossary term "${match[1]}"${suggest(match[1]!, known.terms)}`
					});
		// Within a line, citations are reported before glossary links.
		issues.push(...byLine(unknownSources, unknownTerms));
	}
}

/** The 1-based line of an offset in `text`; the table of line starts is built on first use. */
export function lineLookup(text: string): (offset: number) => number {
	let starts: number[] | undefined;
	return (offset) => {
		if (!starts) {
			starts = [0];
			for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		}
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
}

/** Two lists of issues, each in line order, merged in line order with the first list's first. */
function byLine(first: ContentIssue[], second: ContentIssue[]): ContentIssue[] {
	const merged: ContentIssue[] = [];
	let j = 0;
	for (const issue of first) {
		while (j < second.length && second[j]!.line < issue.line) merged.push(second[j++]!);
		merged.push(issue);
	}
	return merged.concat(second.slice(j));
}
