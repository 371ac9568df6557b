// The HTTP server around a built SvelteKit handler: compression, the headers every response
// carries, the origin check's protocol, and a clean stop. Used by scripts/start.js for the app and
// by bench/baselines.js for the baseline app that benchmarks measure against.
import http from 'node:http';
import compression from 'compression';

// Where the app leaves the pages this server may send itself (src/lib/server/delivery/front-door.ts).
const frontDoor = Symbol.for('parallels.front-door');

/** @typedef {import('../src/lib/server/delivery/front-door').FrontDoor} FrontDoor */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

// A header only this server sets: clients cannot spoof the protocol the origin check relies on.
const protocolHeader = 'x-parallels-protocol';

// On every response, static files included (they never reach the app's hooks). Pages replace the
// CSP with their full policy, which forbids framing too.
/** @type {Record<string, string>} */
const everyResponse = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY'
};

/** Call before importing a built handler: adapter-node reads its settings when it loads. */
export function configure() {
	// Served on https: browsers keep to https for a year.
	if (process.env.ORIGIN?.startsWith('https:'))
		everyResponse['strict-transport-security'] = 'max-age=31536000';
	process.env.BODY_SIZE_LIMIT ||= '64K';
	if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = protocolHeader;
}

/**
 * A page the app kept, sent as kept, headers included, without the framework's handling of the
 * request: to a reader without a cookie, the page kept for every reader; to one whose only cookie
 * is their learner's, the page kept for the present state of their answers (the app asks its
 * database, so the answer may come later). Undefined when the app keeps no such page.
 * @param {import('node:http').IncomingMessage} req
 */
function keptPage(req) {
	if (req.method !== 'GET') return undefined;
	const door = /** @type {Record<symbol, FrontDoor | undefined>} */ (
		/** @type {unknown} */ (globalThis)
	)[frontDoor];
	return door?.(
		req.url ?? '',
		req.headers['accept-encoding'] ?? '',
		req.headers['if-none-match'],
		req.headers.cookie
	);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {import('../src/lib/server/delivery/page-cache').Sent} page
 */
function send(res, page) {
	res.statusCode = page.status;
	for (const [name, value] of page.headers) res.setHeader(name, value);
	res.end(page.body);
}

/**
 * @param {(req: IncomingMessage, res: ServerResponse, next: () => void) => void} handler
 * @param {{ name?: string }} [options]
 */
export function serve(handler, { name = 'Parallels' } = {}) {
	const port = Number(process.env.PORT || 3000);
	const host = process.env.HOST || '0.0.0.0';
	// adapter-node sends static assets precompressed but not the pages it renders: compress those
	// (pages kept by the page cache come compressed already).
	const compress = compression({ threshold: 1024 });
	/** @param {ServerResponse} res */
	const notFound = (res) => {
		res.statusCode = 404;
		res.end('Not found');
	};
	const server = http.createServer((req, res) => {
		if (!process.env.ORIGIN) req.headers[protocolHeader] = 'http';
		for (const [header, value] of Object.entries(everyResponse)) res.setHeader(header, value);
		// compression's types name Express's request and response; it reads only Node's.
		const framework = () =>
			compress(/** @type {any} */ (req), /** @type {any} */ (res), () =>
				handler(req, res, () => notFound(res))
			);
		const page = keptPage(req);
		if (!page) framework();
		else if (!(page instanceof Promise)) send(res, page);
		else
			page
				.then((kept) => (kept ? send(res, kept) : framework()), framework)
				// Whatever goes wrong in sending ends this response, never the server.
				.catch((/** @type {unknown} */ error) => {
					console.error(error);
					res.destroy();
				});
	});
	server.listen(port, host, () => {
		const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
		console.log(`${name} is running at ${process.env.ORIGIN || `http://${shown}:${port}`}`);
	});
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			server.close(() => process.exit(0));
			setTimeout(() => process.exit(0), 2000).unref();
		});
	}
	return server;
}
