// Serves the built app (build/) on http://localhost:3000 by default.
//
// Environment: PORT (3000), HOST (0.0.0.0), ORIGIN (the public URL, e.g. https://example.org; when
// unset, the origin is taken from each request's Host header over plain http, so form posts work on
// localhost, 127.0.0.1 or a LAN address alike), DATABASE_PATH (data/parallels.sqlite),
// BODY_SIZE_LIMIT (64K), PAGE_CACHE_MB (64: memory for rendered pages kept for repeat visits).
import { existsSync } from 'node:fs';
import http from 'node:http';
import compression from 'compression';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '0.0.0.0';
process.env.BODY_SIZE_LIMIT ||= '64K';

// A header only this server sets: clients cannot spoof the protocol the origin check relies on.
const protocolHeader = 'x-parallels-protocol';
if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = protocolHeader;

if (!existsSync(new URL('../build/handler.js', import.meta.url))) {
	console.error('No build found. Run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}
const { handler } = await import('../build/handler.js');

// adapter-node sends static assets precompressed but not the pages it renders: compress those
// (pages kept by the page cache come compressed already).
const compress = compression({ threshold: 1024 });
const notFound = (res) => {
	res.statusCode = 404;
	res.end('Not found');
};

// On every response, static files included (they never reach the app's hooks). Pages replace the
// CSP with their full policy, which forbids framing too.
const everyResponse = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY'
};

const server = http.createServer((req, res) => {
	if (!process.env.ORIGIN) req.headers[protocolHeader] = 'http';
	for (const [name, value] of Object.entries(everyResponse)) res.setHeader(name, value);
	compress(req, res, () => handler(req, res, () => notFound(res)));
});

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	console.log(`Parallels is running at ${process.env.ORIGIN || `http://${shown}:${port}`}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 2000).unref();
	});
}
