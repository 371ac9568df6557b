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

/** A kept page as it is sent, in the best encoding a request accepts. */
export interface Sent {
	status: 200 | 304;
	headers: [string, string][];
	body: Uint8Array | null;
	/** Whether the body is compressed. */
	encoded: boolean;
}

function sent(entry: Entry, acceptEncoding: string, ifNoneMatch: string | null): Sent {
	const etag = entry.headers.find(([name]) => name === 'etag')?.[1];
	if (etag && ifNoneMatch === etag)
		return { status: 304, headers: [['etag', etag]], body: null, encoded: false };
	const [encoding, body] =
		entry.br && /\bbr\b/.test(acceptEncoding)
			? ['br', entry.br]
			: entry.gzip && /\bgzip\b/.test(acceptEncoding)
				? ['gzip', entry.gzip]
				: [undefined, entry.identity];
	const headers = entry.headers.filter(
		([name]) => !['vary', 'content-encoding', 'content-length'].includes(name)
	);
	headers.push(['vary', 'Accept-Encoding'], ['content-length', String(body.byteLength)]);
	if (encoding) headers.push(['content-encoding', encoding]);
	return { status: 200, headers, body, encoded: encoding !== undefined };
}

const sizeOf = (entry: Entry) =>
	entry.identity.byteLength + (entry.br?.byteLength ?? 0) + (entry.gzip?.byteLength ?? 0);

/**
 * Compression runs on libuv's threads, a few jobs at a time; jobs beyond a short queue are not
 * started at all (their pages are sent compressed on the fly, as any uncached page is), so no
 * burst of new pages can pile up work or memory.
 */
export function createCompressionQueue(running = 2, waiting = 16) {
	let active = 0;
	const queue: (() => Promise<unknown>)[] = [];
	const next = () => {
		while (active < running && queue.length) {
			const job = queue.shift()!;
			active += 1;
			job()
				.catch(ignore)
				.finally(() => {
					active -= 1;
					next();
				});
		}
	};
	return {
		/** Queues `job`; false when the queue is full and it was dropped. */
		add(job: () => Promise<unknown>): boolean {
			if (queue.length >= waiting) return false;
			queue.push(job);
			next();
			return true;
		},
		get size() {
			return { active, waiting: queue.length };
		}
	};
}

/**
 * Rendered pages by key, least recently used first out once they pass `maxBytes`. A key names
 * everything a page depends on (its URL and, for a learner, the state of their answers), so an
 * entry never goes stale: a changed page has a new key and the old entry ages out.
 */
export function createPageCache(maxBytes: number, compressing = createCompressionQueue()) {
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
			const page = sent(entry, request.get('accept-encoding') ?? '', request.get('if-none-match'));
			return new Response(page.body as Uint8Array<ArrayBuffer> | null, {
				status: page.status,
				headers: page.headers
			});
		},

		/**
		 * The cached page as the HTTP server sends it, or undefined when it is not kept or not yet
		 * in an encoding the request accepts (the framework then sends it, compressed on the fly).
		 */
		ready(key: string, acceptEncoding: string, ifNoneMatch: string | null): Sent | undefined {
			const entry = entries.get(key);
			if (!entry) return undefined;
			const page = sent(entry, acceptEncoding, ifNoneMatch);
			const compressible = /\b(br|gzip)\b/.test(acceptEncoding);
			return page.status === 200 && compressible && !page.encoded ? undefined : page;
		},

		/**
		 * Keeps a page. `shared` pages (the same for every reader) get the smallest brotli, as a
		 * static host would precompress them; a learner's own pages get a quick one.
		 */
		set(key: string, headers: Headers, html: string, shared: boolean) {
			if (entries.has(key)) return;
			const identity = new TextEncoder().encode(html);
			entries.set(key, { headers: [...headers], identity });
			compressing.add(async () => {
				// An entry gone before its turn is not compressed.
				if (entries.peek(key)?.identity !== identity) return;
				const [br, gzip] = await Promise.all([
					brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: shared ? 11 : 5 } }),
					gzipAsync(identity, { level: shared ? 9 : 6 })
				]);
				add(key, identity, { br, gzip });
			});
		},

		get size() {
			return {
				entries: entries.size,
				bytes: entries.calculatedSize,
				compressing: compressing.size
			};
		}
	};
}

function ignore() {}
