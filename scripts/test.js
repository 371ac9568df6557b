// `npm test`: every check, cheapest first, each run even when an earlier one failed, then a summary
// of every failure and one line of counts. Only the end-to-end tests wait for the build they run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
	...(process.env.TEST_DATABASE_URL
		? [
				{
					name: 'PostgreSQL reachable',
					command: 'node',
					args: ['scripts/check-postgres.js'],
					fatal: true
				}
			]
		: []),
	{
		name: 'format (prettier)',
		command: 'npx',
		args: ['prettier', '--check', '.', '--log-level', 'warn']
	},
	{ name: 'lint (eslint)', command: 'npx', args: ['eslint', '.'] },
	{ name: 'content', command: 'npm', args: ['run', '--silent', 'check:content'] },
	{ name: 'types (svelte-check)', command: 'npm', args: ['run', '--silent', 'check'] },
	{
		name: 'unit tests (vitest)',
		command: 'npx',
		args: [
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			'--outputFile.json=reports/unit.json'
		]
	},
	{ name: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
	{
		name: 'end-to-end tests (playwright, chromium)',
		command: 'node',
		args: ['scripts/e2e.js'],
		needs: 'build'
	}
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const started = Date.now();
const failed = [];
const notRun = [];
for (const step of steps) {
	if (step.needs && failed.includes(step.needs)) {
		console.log(`\n▷ ${step.name}: not run, because ${step.needs} failed`);
		notRun.push(step.name);
		continue;
	}
	console.log(`\n▶ ${step.name}`);
	const t = Date.now();
	const result = spawnSync(step.command, step.args, {
		stdio: 'inherit',
		env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
	});
	const ok = result.status === 0;
	console.log(`${ok ? '✔' : '✘'} ${step.name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
	if (!ok) failed.push(step.name);
	if (!ok && step.fatal) {
		console.log(`failed: ${step.name}; nothing else was run`);
		process.exit(1);
	}
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failedTests =
	(unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
// A step that failed without failing a counted test (format, lint, types...) counts once.
const failedChecks = failed.filter((name) => !/tests/.test(name)).length;

console.log(
	`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'not run'}`
);
console.log(
	`end-to-end: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : 'not run'}`
);
console.log(`total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const name of failed) console.log(`failed: ${name}`);
for (const name of notRun) console.log(`not run: ${name}`);
console.log(`${passed} passed, ${failedTests + failedChecks} failed, ${skipped} skipped`);
process.exit(failed.length > 0 ? 1 : 0);
