// The baseline app (bench/baseline): the smallest SvelteKit app, served by the same server as the
// real one, with two routes to measure against. It is built on first use.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const folder = new URL('./baseline/', import.meta.url);

export async function startBaselines(port) {
	if (!existsSync(new URL('build/handler.js', folder))) {
		const built = spawnSync('npx', ['vite', 'build'], { cwd: folder, stdio: 'inherit' });
		if (built.status !== 0) throw new Error('the baseline app did not build');
	}
	const child = spawn(process.execPath, ['start.js'], {
		cwd: folder,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 150; i++) {
		try {
			// Any answer will do; the app has no page to ask for.
			await fetch(`http://127.0.0.1:${port}/empty`, {
				method: 'POST',
				body: new URLSearchParams()
			});
			return { child };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	child.kill('SIGKILL');
	throw new Error('the baseline app did not start');
}
