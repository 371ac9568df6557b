import { expect, test } from '@playwright/test';
import { allPages, allQuestions } from './content';

const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();

/** Text only the server knows before submission: explanations and per-option feedback. */
const secrets = allQuestions().flatMap((q) => {
	const texts = [plain(q.explanationHtml)];
	if (q.kind === 'single' || q.kind === 'multiple')
		texts.push(...q.options.map((o) => plain(o.feedbackHtml)));
	if (q.kind === 'written') texts.push(plain(q.modelHtml), ...q.rubric.map((p) => plain(p.html)));
	// a long enough run to be unique to the secret
	return texts.filter((t) => t.length >= 24).map((t) => t.slice(0, 60));
});

test('no page or data endpoint reveals an answer key before the learner submits', async ({
	request
}) => {
	expect(secrets.length).toBeGreaterThan(0);
	for (const path of allPages()) {
		for (const url of [path, `${path === '/' ? '' : path}/__data.json`]) {
			const response = await request.get(url);
			expect(response.status(), url).toBe(200);
			const body = await response.text();
			const text = plain(body.replace(/\\"/g, '"'));
			expect(
				secrets.filter((secret) => text.includes(secret)),
				`${url} leaks`
			).toEqual([]);
			expect(body, url).not.toMatch(
				/"?(correct|feedbackHtml|explanationHtml|accept|category)"?\s*:/
			);
			const preset = (body.match(/<input[^>]*>/g) ?? []).filter(
				(tag) => /name="(choice|category\.[^"]*)"/.test(tag) && /\schecked/.test(tag)
			);
			expect(preset, `${url} has a quiz answer already chosen`).toEqual([]);
		}
	}
});
