import { spawn, type ChildProcess } from 'node:child_process';

/** Starts the production server on `port` with its own database file; resolves when it answers. */
export async function startServer(port: number, databasePath: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}/`);
			if (response.ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`server on port ${port} did not start`);
}

export async function killServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill(signal);
	await exited;
}
