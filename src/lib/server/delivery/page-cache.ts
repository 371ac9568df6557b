import { LRUCache } from 'lru-cache';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A rendered page kept with its compressed forms, which are made off the main thread. */
interface Entry {
	headers: [string, string][];
	identity: Uint8Array;
	br?: Uint8Array;
	gzip?: Uint8Array;
}

const sizeOf = (entry: Entry) =>
	entry.identity.byteLength + (entry.br?.byteLength ?? 0) + (entry.gzip?.byteLength ?? 0);

/**
 * Rendered pages by key, least recently used first out once they pass `maxBytes`. A key names
 * everything a page depends on (its URL and, for a learner, the state of their answers), so an
 * entry never goes stale: a changed page has a new key and the old entry ages out.
 */
export function createPageCache(maxBytes: number) {
	const entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: sizeOf });

	/** Adds a compressed form once made, if the page is still kept (a new entry: a new size). */
	function add(key: string, identity: Uint8Array, form: Pick<Entry, 'br' | 'gzip'>) {
		const current = entries.peek(key);
		if (current?.identity === identity) entries.set(key, { ...current, ...form });
	}

	return {
		/** The cached page as a response in the best encoding the request accepts. */
		get(key: string, request: Headers): Response | undefined {
			const entry = entries.get(key);
			if (!entry) return undefined;
			const headers = new Headers(entry.headers);
			const etag = headers.get('etag');
			if (etag && request.get('if-none-match') === etag)
				return new Response(null, { status: 304, headers: { etag } });
			const acceptEncoding = request.get('accept-encoding') ?? '';
			const [encoding, body] =
				entry.br && /\bbr\b/.test(acceptEncoding)
					? ['br', entry.br]
					: entry.gzip && /\bgzip\b/.test(acceptEncoding)
						? ['gzip', entry.gzip]
						: [undefined, entry.identity];
			headers.set('vary', 'Accept-Encoding');
			if (encoding) headers.set('content-encoding', encoding);
			headers.set('content-length', String(body.byteLength));
			return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
		},

		/**
		 * Keeps a page. `shared` pages (the same for every reader) get the smallest brotli, as a
		 * static host would precompress them; a learner's own pages get a quick one.
		 */
		set(key: string, headers: Headers, html: string, shared: boolean) {
			if (entries.has(key)) return;
			const identity = new TextEncoder().encode(html);
			entries.set(key, { headers: [...headers], identity });
			brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: shared ? 11 : 5 } }).then(
				(br) => add(key, identity, { br }),
				ignore
			);
			gzipAsync(identity, { level: shared ? 9 : 6 }).then(
				(gzip) => add(key, identity, { gzip }),
				ignore
			);
		},

		get size() {
			return { entries: entries.size, bytes: entries.calculatedSize };
		}
	};
}

function ignore() {}
