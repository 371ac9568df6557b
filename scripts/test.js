// `npm test`: every check, in the order a failure is cheapest to find, then one summary line.
// Steps: format, content, types, unit tests, build, end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
	['format (prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
	['content', 'npm', ['run', '--silent', 'check:content']],
	['types (svelte-check)', 'npm', ['run', '--silent', 'check']],
	[
		'unit tests (vitest)',
		'npx',
		[
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			'--outputFile.json=reports/unit.json'
		]
	],
	['build', 'npm', ['run', '--silent', 'build']],
	['end-to-end tests (playwright, chromium)', 'node', ['scripts/e2e.js']]
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const started = Date.now();
let failedStep;
for (const [name, command, args] of steps) {
	console.log(`\n▶ ${name}`);
	const t = Date.now();
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
	});
	console.log(
		`${result.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`
	);
	if (result.status !== 0) {
		failedStep = name;
		break;
	}
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed =
	(unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log(
	`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'not run'}`
);
console.log(
	`end-to-end: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : 'not run'}`
);
console.log(`total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failedStep) console.log(`stopped at: ${failedStep}`);
console.log(
	`${passed} passed, ${failed + (failedStep && !failed ? 1 : 0)} failed, ${skipped} skipped`
);
process.exit(failedStep ? 1 : 0);
