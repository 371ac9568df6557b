import { expect, test } from '@playwright/test';
import { allQuestions, answer, module, pageOf, sectionPage, worksheetOf } from './content';
import { invite, joinWith, makeClass, signedIn, teacher } from './teachers';

const firstCase = module.cases[0]!;
const section = firstCase.sections[0]!;
test('a teacher signs up by invitation only, signs out, and signs in again', async ({
	browser,
	baseURL
}) => {
	const { context, page, email } = await teacher(browser, baseURL!);
	try {
		const cookie = (await context.cookies()).find((c) =>
			c.name.endsWith('parallels_teacher.session_token')
		)!;
		expect(cookie.httpOnly).toBe(true);
		expect(cookie.sameSite).toBe('Lax');
		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

		await page.getByLabel('E-mail').fill(email);
		await page.getByLabel('Password').fill('not the password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'That e-mail and password do not match an account.'
		);
		await page.getByLabel('Password').fill('a long enough password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await signedIn(page, 'Ms Rivera');
	} finally {
		await context.close();
	}
});

test('an invitation works once; a new one sets a new password and ends the old sessions', async ({
	browser,
	baseURL
}) => {
	const { context, page, email } = await teacher(browser, baseURL!);
	try {
		const link = invite(email, baseURL!);
		const other = await browser.newContext();
		try {
			const reset = await other.newPage();
			await reset.goto(link);
			await reset.getByLabel('Your name').fill('Ms Rivera');
			await reset.getByLabel('Password').fill('a brand new password');
			await reset.getByRole('button', { name: 'Save and sign in' }).click();
			await signedIn(reset, 'Ms Rivera');
			await reset.goto(link);
			await expect(reset.getByRole('alert')).toContainText('has been used or has expired');
		} finally {
			await other.close();
		}
		// the session made with the old password has ended
		await page.goto('/teach');
		await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
		// there is no way to sign up without an invitation
		expect((await page.request.post('/api/auth/sign-up/email')).status()).toBe(404);
	} finally {
		await context.close();
	}
});

test('a learner joins with a code and a name of their choice, keeping their progress; the teacher sees it', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await teacher(browser, baseURL!);
	const learner = await browser.newContext();
	try {
		const { code, url } = await makeClass(page, 'History 11B');
		await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

		const pupil = await learner.newPage();
		await pupil.goto(sectionPage(firstCase, section));
		await answer(pupil, section.questions[0]!, true);
		await expect(pupil.locator(`#q-${section.questions[0]!.id}-result`)).toHaveText('Right');
		await joinWith(pupil, code, 'Sam');
		await expect(pupil.getByRole('status')).toHaveText(
			'You joined History 11B. Your teacher can now see your progress.'
		);

		await page.goto(url);
		const cases = page.getByRole('table', { name: `Mastery by case in ${module.title}` });
		const row = cases.getByRole('row', { name: /Sam/ });
		await expect(row.getByRole('cell').first()).toHaveText(/^1 \/ \d+$/);
		const sections = page.getByRole('table', {
			name: `Mastery by section: ${firstCase.shortTitle}`
		});
		await expect(sections.getByRole('row', { name: /Sam/ }).getByRole('cell').first()).toHaveText(
			'attempted'
		);
		// the question answered, with its figures from the class's first answers
		const questions = page.getByRole('table', { name: `Questions answered in ${module.title}` });
		const rows = questions.locator('tbody tr');
		await expect(rows).toHaveCount(1);
		await expect(rows.first().getByRole('cell')).toHaveText(['1', '100%', 'too few learners', '0']);
		await expect(rows.first().getByRole('link')).toHaveAttribute('href', new RegExp(section.slug));
		// the results download: one row per learner and question, with the first answer's mark
		const csv = await (await page.request.get(`${url}/results.csv`)).text();
		const [header, ...lines] = csv.trim().split('\r\n');
		expect(header).toBe(
			'learner,module,question,where,skill,kind,answered,attempts,first_right,first_shown,latest_right,flagged,first_at,last_at'
		);
		const mine = lines.find((l) => l.includes(`"${section.questions[0]!.id}"`))!;
		expect(mine).toMatch(/^"Sam",.*,"yes","1","yes","no","yes","no",/);
		const data = await (await page.request.get(`${url}/results.json`)).json();
		expect(data.rows).toHaveLength(lines.length);
		expect(data.class.name).toBe('History 11B');
		// a written response, for the teacher to read with the learner's own rating
		const written = allQuestions().find((q) => q.kind === 'written')!;
		await pupil.goto(pageOf(written));
		await answer(pupil, written, true);
		const saved = pupil.locator(`#q-${written.id}-result`);
		await expect(saved).toHaveText(/^Saved: now compare it with the rubric/);
		await pupil.locator(`#q-${written.id} .rubric li`).first().getByLabel('Done').check();
		await pupil.locator(`#q-${written.id}`).getByRole('button', { name: 'Save again' }).click();
		await expect(saved).toHaveText('Saved, with your own rating');
		await page.goto(url);
		const response = page
			.getByRole('table', { name: /^Responses to:/ })
			.getByRole('row', { name: /Sam/ });
		await expect(response).toContainText('A claim, with evidence and its sources, weighed.');
		await expect(response.getByRole('cell').nth(1)).toHaveText('Done');
		// the page names the learner by the name they chose, never by their id
		const learnerId = (await learner.cookies()).find((c) => c.name === 'parallels_learner')!.value;
		expect(await page.content()).not.toContain(learnerId);
	} finally {
		await context.close();
		await learner.close();
	}
});

test('a teacher gives a learner who lost their code a new one, and can remove them; a learner can leave', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await teacher(browser, baseURL!);
	const learner = await browser.newContext();
	try {
		const { code, url } = await makeClass(page, 'History 12A');
		const pupil = await learner.newPage();
		await pupil.goto(sectionPage(firstCase, section));
		await answer(pupil, section.questions[0]!, true);
		await expect(pupil.locator(`#q-${section.questions[0]!.id}-result`)).toHaveText('Right');
		await joinWith(pupil, code, 'Ada');

		await page.goto(url);
		await page.getByRole('button', { name: 'New recovery code for Ada' }).click();
		const notice = await page.getByRole('status').textContent();
		const newCode = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(notice!)![1]!;

		// on another computer, the new code brings Ada's progress back
		const elsewhere = await browser.newContext();
		try {
			const other = await elsewhere.newPage();
			await other.goto('/progress');
			await other.getByLabel('Have a code from another device?').fill(newCode);
			await other.getByRole('button', { name: 'Continue that progress' }).click();
			await expect(other.getByRole('status')).toContainText('now continues your progress');
			const data = await (await other.request.get('/progress/data')).json();
			expect(data.attempts).toHaveLength(1);
		} finally {
			await elsewhere.close();
		}

		await page.getByRole('button', { name: 'Remove Ada from the class' }).click();
		await expect(page.getByRole('status')).toContainText('Ada was removed from the class');
		await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

		// joining again, then leaving by choice
		await joinWith(pupil, code, 'Ada L.');
		await pupil.getByRole('button', { name: 'Leave History 12A' }).click();
		await expect(pupil.getByRole('status')).toHaveText(
			'You left History 12A. Your progress stays yours.'
		);
		const data = await (await pupil.request.get('/progress/data')).json();
		expect(data.attempts).toHaveLength(1);
	} finally {
		await context.close();
		await learner.close();
	}
});

test('joining works without JavaScript; an archived class cannot be joined', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await teacher(browser, baseURL!);
	const learner = await browser.newContext({ javaScriptEnabled: false });
	try {
		const { code } = await makeClass(page, 'Evening class');
		const pupil = await learner.newPage();
		await joinWith(pupil, 'AAAA-AAAA', 'Kim');
		await expect(pupil.getByRole('alert')).toHaveText(
			'No open class has that code. Check it with your teacher.'
		);
		await joinWith(pupil, code, '');
		await expect(pupil.getByLabel('Your name in the class')).toHaveAttribute('required', '');
		await pupil.goto(`/join?code=${code}`);
		await expect(pupil.getByLabel('Join code')).toHaveValue(code);
		// a name that a spreadsheet would run as a formula
		await pupil.getByLabel('Your name in the class').fill('=Kim+1');
		await pupil.getByRole('button', { name: 'Join', exact: true }).click();
		await expect(pupil.getByRole('status')).toContainText('You joined Evening class');
		const csv = await (await page.request.get(`${page.url()}/results.csv`)).text();
		expect(csv).toContain(`"'=Kim+1",`);
		expect(csv).not.toMatch(/(^|,)"=/m);

		await page.getByRole('button', { name: 'Archive the class' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('(archived)');
		const late = await browser.newContext({ javaScriptEnabled: false });
		try {
			const other = await late.newPage();
			await joinWith(other, code, 'Lee');
			await expect(other.getByRole('alert')).toContainText('No open class has that code');
		} finally {
			await late.close();
		}
	} finally {
		await context.close();
		await learner.close();
	}
});

test('a class is its teacher’s alone: other teachers, learners and cross-site posts are refused', async ({
	browser,
	baseURL
}) => {
	const owner = await teacher(browser, baseURL!);
	const stranger = await teacher(browser, baseURL!, 'Mr Okafor');
	const learner = await browser.newContext();
	try {
		const { code, url } = await makeClass(owner.page, 'Private class');
		const pupil = await learner.newPage();
		await joinWith(pupil, code, 'Noor');
		await owner.page.goto(url);
		const key = await owner.page
			.locator('form[action="?/remove"] input[name="learner"]')
			.first()
			.getAttribute('value');

		// another teacher, by URL and by form post
		const seen = await stranger.page.goto(url);
		expect(seen!.status()).toBe(404);
		await expect(stranger.page.getByText('Noor')).toHaveCount(0);
		for (const download of ['results.csv', 'results.json'])
			expect((await stranger.page.request.get(`${url}/${download}`)).status(), download).toBe(404);
		for (const action of ['remove', 'newCode', 'archive']) {
			const response = await stranger.page.request.post(`${url}?/${action}`, {
				form: { learner: key! },
				headers: { origin: baseURL! }
			});
			expect(response.status(), action).toBe(404);
		}
		// a learner, and nobody at all
		expect((await pupil.goto(url))!.status()).toBe(404);
		expect(
			(
				await pupil.request.post(`${url}?/remove`, {
					form: { learner: key! },
					headers: { origin: baseURL! }
				})
			).status()
		).toBe(404);
		// leaving a class one is not in is refused, and says why
		const leave = await stranger.page.request.post('/join?/leave', {
			form: { class: url.split('/').at(-1)! },
			headers: { origin: baseURL!, accept: 'text/html' }
		});
		expect(leave.status()).toBe(400);
		expect(await leave.text()).toContain('You are not in that class.');
		// a post from another site, even with the owner's cookie
		const forged = await owner.page.request.post(`${url}?/remove`, {
			form: { learner: key! },
			headers: { origin: 'https://evil.example' }
		});
		expect(forged.status()).toBe(403);
		await owner.page.goto(url);
		await expect(owner.page.getByRole('row', { name: /Noor/ }).first()).toBeVisible();
		// a learner never sees another learner of their class
		const classmate = await browser.newContext();
		try {
			await joinWith(await classmate.newPage(), code, 'Ravi');
		} finally {
			await classmate.close();
		}
		await owner.page.reload();
		await expect(owner.page.getByRole('row', { name: /Ravi/ }).first()).toBeVisible();
		for (const path of ['/join', '/progress', '/progress/data'])
			expect(await (await pupil.request.get(path)).text(), path).not.toContain('Ravi');
	} finally {
		await owner.context.close();
		await stranger.context.close();
		await learner.close();
	}
});

test('a teacher sets work with a due date; learners see it on their progress page, with how far they are', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	const { context, page } = await teacher(browser, baseURL!);
	const learner = await browser.newContext();
	try {
		const { code, url } = await makeClass(page, 'History 10C');
		const pupil = await learner.newPage();
		await joinWith(pupil, code, 'Lou');

		const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
		await page.getByLabel('What to set').selectOption({ label: section.title });
		await page.getByLabel('Due on (optional)').fill(due);
		await page.getByRole('button', { name: 'Set it' }).click();
		const assignments = page.locator('.assignments li');
		await expect(assignments).toHaveCount(1);
		await expect(assignments.first()).toContainText(`due ${due} · done by 0 of 1`);

		await pupil.goto('/progress');
		const set = pupil.getByRole('region', { name: 'Set by your teachers' });
		await expect(set.getByRole('listitem')).toHaveText(
			new RegExp(
				`${section.title}\\s+for History 10C\\s+· due ${due}\\s+· 0 of ${section.questions.length} questions answered`
			)
		);
		await set.getByRole('link', { name: section.title }).click();
		for (const question of section.questions) {
			await answer(pupil, question, true);
			await expect(pupil.locator(`#q-${question.id}-result`)).toHaveText(
				question.graded ? 'Right' : /^Saved/
			);
		}
		await pupil.goto('/progress');
		await expect(set.getByRole('listitem')).toContainText('· done');

		await page.goto(url);
		await expect(assignments.first()).toContainText('done by 1 of 1');
		await page
			.getByRole('button', {
				name: `Remove the assignment ${firstCase.shortTitle}: ${section.title}`
			})
			.click();
		await expect(page.getByText('Nothing set yet.')).toBeVisible();
		await pupil.goto('/progress');
		await expect(pupil.getByRole('region', { name: 'Set by your teachers' })).toHaveCount(0);
	} finally {
		await context.close();
		await learner.close();
	}
});

test('a teacher prints a case’s answer key, numbered as the worksheet; nobody else can open it', async ({
	browser,
	baseURL,
	page: stranger
}) => {
	const { context, page } = await teacher(browser, baseURL!);
	try {
		await page.goto('/teach');
		await page.getByRole('link', { name: firstCase.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`Answer key: ${firstCase.title}`
		);
		const choice = section.questions.findIndex((q) => q.kind === 'single');
		const question = section.questions[choice]!;
		if (question.kind !== 'single') throw new Error('kind');
		const item = page
			.getByRole('region', { name: section.title })
			.locator('ol.key > li')
			.nth(choice);
		await expect(item.getByRole('heading')).toHaveText(`Question ${choice + 1}`);
		const right = question.options.find((o) => o.correct)!;
		await expect(item.locator('ul li')).toHaveText([
			right.html
				.replace(/<[^>]+>/g, '')
				.replace(/&#39;/g, "'")
				.replace(/&quot;/g, '"')
		]);

		// the worksheet numbers the same question the same way
		await page.goto(worksheetOf(firstCase));
		await expect(page.locator(`#q-${question.id} .number`)).toHaveText(`Question ${choice + 1}`);

		// a learner, or anyone not signed in as a teacher
		const key = await stranger.goto(`/teach/key/${module.slug}/${firstCase.slug}`);
		expect(key!.status()).toBe(404);
		expect(await key!.text()).not.toContain(right.html);
	} finally {
		await context.close();
	}
});

test('work set as a test holds back hints, answers and results until the teacher releases them', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const { context, page } = await teacher(browser, baseURL!);
	const withScripts = await browser.newContext();
	const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
	try {
		const { code, url } = await makeClass(page, 'History 11A');
		const lou = await withScripts.newPage();
		const max = await withoutScripts.newPage();
		await joinWith(lou, code, 'Lou');
		await joinWith(max, code, 'Max');

		await page.getByLabel('What to set').selectOption({ label: section.title });
		await page.getByLabel('Set as a test').check();
		await page.getByRole('button', { name: 'Set it' }).click();
		await expect(page.locator('.assignments li').first()).toContainText(
			'test: results held until you release them'
		);

		const question = section.questions.find((q) => q.kind === 'single')!;
		if (question.kind !== 'single') throw new Error('kind');
		const explanation = question.explanationHtml.replace(/<[^>]+>/g, '').slice(0, 40);
		for (const pupil of [lou, max]) {
			await pupil.goto(sectionPage(firstCase, section));
			const box = pupil.locator(`#q-${question.id}`);
			await expect(box).toContainText('Your teacher set this as a test');
			await expect(box.getByRole('button', { name: /show me/i })).toHaveCount(0);
			await expect(box.getByRole('button', { name: /hint/i })).toHaveCount(0);
			await answer(pupil, question, false);
			await expect(box.getByText('Your answer is saved.')).toBeVisible();
			await expect(pupil.locator(`#q-${question.id}-result`)).toHaveCount(0);
			// After a reload the answer given is still chosen, and still nothing of its result.
			await pupil.reload();
			await expect(box.locator('input:checked')).toHaveCount(1);
			await expect(box).toContainText('Your answer is saved.');
			await expect(pupil.locator(`#q-${question.id}-result`)).toHaveCount(0);
			expect(await pupil.content()).not.toContain(explanation);
		}

		// Asking the server for the answer directly is refused, and tells nothing.
		const asked = await lou.request.post(`/${module.slug}/answer`, {
			headers: { origin: baseURL!, 'x-sveltekit-action': 'true' },
			form: { question: question.id, intent: 'show' }
		});
		expect(asked.status()).toBe(400);
		const reply = await asked.text();
		expect(reply).toContain('in a test');
		expect(reply).not.toContain(explanation);
		const hint = await lou.request.post(`/${module.slug}/answer`, {
			headers: { origin: baseURL!, 'x-sveltekit-action': 'true' },
			form: { question: question.id, intent: 'hint' }
		});
		expect(hint.status()).toBe(400);
		// "I think my answer was right" has no result to disagree with yet.
		const flagged = await lou.request.post(`/${module.slug}/flag`, {
			headers: { origin: baseURL!, 'x-sveltekit-action': 'true' },
			form: { question: question.id }
		});
		expect(flagged.status()).toBe(400);

		// Their own progress counts it as answered, not as wrong; the review does not ask it.
		await lou.goto('/progress');
		await expect(
			lou.getByRole('region', { name: 'Set by your teachers' }).getByRole('listitem')
		).toContainText('a test: results when your teacher releases them');
		await lou.goto(`/${module.slug}/${firstCase.slug}`);
		await expect(lou.getByText('1 in a test with results to come').first()).toBeVisible();
		await lou.goto(`/${module.slug}/review`);
		await expect(lou.locator(`#q-${question.id}`)).toHaveCount(0);
		const held = await (await lou.request.get('/progress/data')).json();
		expect(held.attempts).toMatchObject([
			{ question: question.id, correct: null, earned: null, held: true }
		]);

		// The teacher sees every answer already, and releases the results.
		await page.goto(url);
		await expect(page.locator('.questions')).toContainText(
			question.promptHtml.replace(/<[^>]+>/g, '').slice(0, 30)
		);
		await page
			.getByRole('button', {
				name: `Release the results of the test ${firstCase.shortTitle}: ${section.title} now`
			})
			.click();
		await expect(page.locator('.assignments li').first()).toContainText('test: results out');

		for (const pupil of [lou, max]) {
			await pupil.goto(sectionPage(firstCase, section));
			await expect(pupil.locator(`#q-${question.id}-result`)).toBeVisible();
			await expect(pupil.locator(`#q-${question.id}`)).not.toContainText('Your answer is saved.');
		}
		const released = await (await lou.request.get('/progress/data')).json();
		expect(released.attempts).toMatchObject([{ question: question.id, correct: false, earned: 0 }]);
	} finally {
		await context.close();
		await withScripts.close();
		await withoutScripts.close();
	}
});
