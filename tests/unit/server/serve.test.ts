import { once } from 'node:events';
import type { Server } from 'node:http';
import { afterAll, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve.js';

const port = 4391;
const base = `http://127.0.0.1:${port}`;
let server: Server | undefined;

afterAll(() => {
	server?.close();
	delete (globalThis as Record<symbol, unknown>)[Symbol.for('parallels.front-door')];
});

it('a kept page that cannot be sent ends its own response, never the server', async () => {
	const page = (headers: [string, string][], text: string) =>
		Promise.resolve({ status: 200, headers, body: new TextEncoder().encode(text) });
	// The app's front door, as src/lib/server/delivery/front-door.ts leaves it, answering later.
	(globalThis as Record<symbol, unknown>)[Symbol.for('parallels.front-door')] = (path: string) =>
		path === '/broken'
			? page([['x-broken', 'a\nb']], 'never sent')
			: path === '/kept'
				? page([['content-type', 'text/plain']], 'kept')
				: undefined;
	process.env.PORT = String(port);
	process.env.HOST = '127.0.0.1';
	server = serve((_req: unknown, res: { end(text: string): void }) => res.end('framework'));
	await once(server, 'listening');

	await expect(fetch(`${base}/broken`)).rejects.toThrow();
	expect(await (await fetch(`${base}/kept`)).text()).toBe('kept');
	expect(await (await fetch(`${base}/other`)).text()).toBe('framework');
});
