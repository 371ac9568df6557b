// Pages are the same for every reader who has not answered anything yet (no learner cookie):
// keep those, rendered and compressed once, and serve them from memory. Content only changes
// with a new build, and a new build is a new process, so nothing here ever goes stale.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const learnerCookie = /(?:^|;\s*)parallels_learner=/;
const skipHeaders = new Set([
	'content-encoding',
	'content-length',
	'vary',
	'transfer-encoding',
	'connection',
	'date',
	'keep-alive'
]);

export function createPageCache({ maxEntries = 1000 } = {}) {
	/** url -> { headers, identity, br, gzip } */
	const entries = new Map();

	return {
		/** Reads from the cache; true when the response was sent from it. */
		serve(req, res) {
			if (!cacheable(req)) return false;
			const entry = entries.get(req.url);
			if (!entry) return false;
			const accept = String(req.headers['accept-encoding'] ?? '');
			const [encoding, body] = /\bbr\b/.test(accept)
				? ['br', entry.br]
				: /\bgzip\b/.test(accept)
					? ['gzip', entry.gzip]
					: [undefined, entry.identity];
			res.writeHead(200, {
				...entry.headers,
				vary: 'Accept-Encoding',
				'content-length': body.length,
				...(encoding ? { 'content-encoding': encoding } : {})
			});
			res.end(req.method === 'HEAD' ? undefined : body);
			return true;
		},

		/** Watches a response that missed the cache and keeps it if every reader would get the same. */
		capture(req, res) {
			if (!cacheable(req) || req.method !== 'GET') return;
			const chunks = [];
			const write = res.write;
			const end = res.end;
			res.write = function (chunk, ...rest) {
				if (chunk) chunks.push(Buffer.from(chunk));
				return write.call(this, chunk, ...rest);
			};
			res.end = function (chunk, ...rest) {
				if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
				const type = String(res.getHeader('content-type') ?? '');
				const shared =
					res.statusCode === 200 &&
					!res.getHeader('set-cookie') &&
					/^(text\/html|application\/json)/.test(type) &&
					!/no-store|private/.test(String(res.getHeader('cache-control') ?? ''));
				if (shared && entries.size < maxEntries) {
					const identity = Buffer.concat(chunks);
					const headers = {};
					for (const [name, value] of Object.entries(res.getHeaders()))
						if (!skipHeaders.has(name)) headers[name] = value;
					entries.set(req.url, {
						headers,
						identity,
						br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
						gzip: gzipSync(identity, { level: 9 })
					});
				}
				return end.call(this, chunk, ...rest);
			};
		}
	};
}

function cacheable(req) {
	return (
		(req.method === 'GET' || req.method === 'HEAD') &&
		!req.url.includes('?') &&
		!req.url.startsWith('/_app/') &&
		!learnerCookie.test(String(req.headers.cookie ?? ''))
	);
}
