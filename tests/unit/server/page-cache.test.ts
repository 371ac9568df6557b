import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frontDoorKey, keyOfPage, openFrontDoor, pathOf } from '$lib/server/delivery/front-door';
import { onlyLearnerIn } from '$lib/server/identity/learner';
import { createCompressionQueue, createPageCache } from '$lib/server/delivery/page-cache';

const html = (n: number) => `<!doctype html><p>${'history '.repeat(n)}</p>`;
const headers = new Headers({ 'content-type': 'text/html', etag: '"v1"' });
const request = (more: Record<string, string> = {}) => new Headers(more);

// Each encoding is made on its own, off the main thread: wait for the one asked for.
async function compressed(
	cache: ReturnType<typeof createPageCache>,
	key: string,
	encoding: 'br' | 'gzip' = 'br'
) {
	for (let i = 0; i < 200; i++) {
		const response = cache.get(key, request({ 'accept-encoding': encoding }))!;
		if (response.headers.get('content-encoding') === encoding) return response;
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	throw new Error('never compressed');
}

describe('page cache', () => {
	it('misses until a page is kept, then serves it as it was', async () => {
		const cache = createPageCache(1 << 20);
		expect(cache.get('/a', request())).toBeUndefined();
		cache.set('/a', headers, html(100), true);
		const response = cache.get('/a', request())!;
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html');
		expect(await response.text()).toBe(html(100));
	});

	it('serves brotli or gzip once made, each decoding to the page', async () => {
		const cache = createPageCache(1 << 20);
		cache.set('/a', headers, html(2000), false);
		const br = await compressed(cache, '/a');
		const body = Buffer.from(await br.arrayBuffer());
		expect(body.length).toBeLessThan(html(2000).length / 10);
		expect(brotliDecompressSync(body).toString()).toBe(html(2000));
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		const gz = await compressed(cache, '/a', 'gzip');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(html(2000));
	});

	it('answers a matching If-None-Match with 304 and no body', async () => {
		const cache = createPageCache(1 << 20);
		cache.set('/a', headers, html(10), true);
		const response = cache.get('/a', request({ 'if-none-match': '"v1"' }))!;
		expect(response.status).toBe(304);
		expect(await response.text()).toBe('');
		expect(cache.get('/a', request({ 'if-none-match': '"v0"' }))!.status).toBe(200);
	});

	it('drops the least recently used pages to stay within its memory', () => {
		const page = html(1000); // about 8 KB
		const cache = createPageCache(3 * page.length);
		cache.set('/a', headers, page, true);
		cache.set('/b', headers, page, true);
		cache.set('/c', headers, page, true);
		cache.get('/a', request()); // /a is now the most recent
		cache.set('/d', headers, page, true);
		expect(cache.get('/b', request())).toBeUndefined();
		for (const key of ['/a', '/c', '/d']) expect(cache.get(key, request())).toBeDefined();
		expect(cache.size.bytes).toBeLessThanOrEqual(3 * page.length);
	});
});

describe('a kept page as the HTTP server sends it', () => {
	it('is sent in an encoding the reader accepts, or left to the framework until it is made', async () => {
		const cache = createPageCache(1 << 20);
		expect(cache.ready('/a', 'br', null)).toBeUndefined();
		cache.set('/a', headers, html(2000), true);
		// Not compressed yet: the framework sends it, compressed on the fly.
		expect(cache.ready('/a', 'gzip, deflate, br', null)).toBeUndefined();
		// A reader who takes no compression gets the page as it is.
		expect(Buffer.from(cache.ready('/a', '', null)!.body!).toString()).toBe(html(2000));
		await compressed(cache, '/a');
		const page = cache.ready('/a', 'gzip, deflate, br', null)!;
		expect(page.status).toBe(200);
		expect(brotliDecompressSync(page.body!).toString()).toBe(html(2000));
		expect(page.headers).toEqual(
			expect.arrayContaining([
				['content-type', 'text/html'],
				['content-encoding', 'br'],
				['vary', 'Accept-Encoding'],
				['content-length', String(page.body!.byteLength)]
			])
		);
		expect(cache.ready('/a', 'br', '"v1"')).toMatchObject({ status: 304, body: null });
	});
});

describe('the front door', () => {
	const event = (routeId: string, params: Record<string, string>, url: string) => ({
		route: { id: routeId },
		params,
		url: new URL(url, 'http://localhost')
	});

	it('names a page by its route with its parameters filled in, and nothing else', () => {
		expect(pathOf('/', {})).toBe('/');
		expect(pathOf('/[module]/[case]', { module: 'm', case: 'a b' })).toBe('/m/a%20b');
		expect(pathOf('/[module]/[case]', { module: 'm' })).toBeUndefined();
		expect(pathOf('/(group)/[module]', { module: 'm' })).toBeUndefined();
		expect(pathOf('/[[lang]]/x', {})).toBeUndefined();
		expect(pathOf('/[...rest]', { rest: 'a/b' })).toBeUndefined();
	});

	// One learner, L, with answers in state "v2"; nobody else is held.
	const learners = {
		onlyIn: (cookie: string) => /^learner=(\w+)$/.exec(cookie)?.[1],
		versionOf: async (id: string) => (id === 'L' ? 'v2' : undefined)
	};

	it('lets in only the path that names a kept page, asked for as it is named', async () => {
		const cache = createPageCache(1 << 20);
		const { door, list } = openFrontDoor((...request) => cache.ready(...request), learners);
		cache.set('page-a', headers, html(10), true);
		// Another spelling of the same page, or one with a query, is never listed.
		list(event('/[module]/[case]', { module: 'm', case: 'kz' }, '/m/%6bz'), 'page-a', 'shared');
		list(event('/[module]/[case]', { module: 'm', case: 'kz' }, '/m/kz?x=1'), 'page-a', 'shared');
		expect(door('/m/%6bz', '', undefined)).toBeUndefined();
		expect(door('/m/kz', '', undefined)).toBeUndefined();
		list(event('/[module]/[case]', { module: 'm', case: 'kz' }, '/m/kz'), 'page-a', 'shared');
		expect(Buffer.from((await door('/m/kz', '', undefined))!.body!).toString()).toBe(html(10));
		expect(door('/m/kz?x=1', '', undefined)).toBeUndefined();
		// The HTTP server finds it where the app left it.
		expect((globalThis as Record<symbol, unknown>)[frontDoorKey]).toBe(door);
	});

	it("sends a learner the page kept for their answers' present state, and only that", async () => {
		const cache = createPageCache(1 << 20);
		const { door, list } = openFrontDoor((...request) => cache.ready(...request), learners);
		const path = '/m/kz';
		list(event('/[module]/[case]', { module: 'm', case: 'kz' }, path), 'page-a', 'per-learner');
		cache.set('page-a', headers, html(1), true);
		cache.set(keyOfPage('page-a', 'L', 'v1'), headers, html(2), false);
		// Their answers have changed since that page was made: the framework makes the new one.
		expect(await door(path, '', undefined, 'learner=L')).toBeUndefined();
		cache.set(keyOfPage('page-a', 'L', 'v2'), headers, html(3), false);
		const theirs = (await door(path, '', undefined, 'learner=L'))!;
		expect(Buffer.from(theirs.body!).toString()).toBe(html(3));
		expect(theirs.headers).toContainEqual(['cache-control', 'private, no-store']);
		// A learner the server does not hold, or a cookie besides the learner's: the framework's.
		expect(await door(path, '', undefined, 'learner=M')).toBeUndefined();
		expect(await door(path, '', undefined, 'learner=L; flash=1')).toBeUndefined();
		// Without a cookie, the page kept for every reader.
		expect(Buffer.from((await door(path, '', undefined))!.body!).toString()).toBe(html(1));
		// A fault of the database leaves the request to the framework, which says what it is.
		const failing = openFrontDoor((...request) => cache.ready(...request), {
			...learners,
			versionOf: () => Promise.reject(new Error('disk I/O error'))
		});
		failing.list(
			event('/[module]/[case]', { module: 'm', case: 'kz' }, path),
			'page-a',
			'per-learner'
		);
		expect(await failing.door(path, '', undefined, 'learner=L')).toBeUndefined();
	});

	it('knows a learner by their cookie only when it is the only one', () => {
		const id = 'abcdefghijklmnopqrstuvwx';
		expect(onlyLearnerIn(`parallels_learner=${id}`)).toBe(id);
		expect(onlyLearnerIn(`parallels_learner=${id};`)).toBe(id);
		expect(onlyLearnerIn(`parallels_learner=${id}; parallels_flash=x`)).toBeUndefined();
		expect(onlyLearnerIn(`other=1; parallels_learner=${id}`)).toBeUndefined();
		expect(onlyLearnerIn('parallels_learner=short')).toBeUndefined();
		expect(onlyLearnerIn(`parallels_learner="${id}"`)).toBeUndefined();
	});
});

describe('compression queue', () => {
	it('runs a few jobs at a time and drops what its queue cannot hold', async () => {
		const queue = createCompressionQueue(2, 3);
		let running = 0;
		let most = 0;
		let done = 0;
		const job = async () => {
			running += 1;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, 5));
			running -= 1;
			done += 1;
		};
		const taken = Array.from({ length: 20 }, () => queue.add(job));
		// Two start at once; three wait; the other fifteen are dropped.
		expect(taken.filter(Boolean)).toHaveLength(5);
		while (done < 5) await new Promise((resolve) => setTimeout(resolve, 5));
		expect(most).toBe(2);
		expect(queue.size).toEqual({ active: 0, waiting: 0 });
		expect(queue.add(job)).toBe(true); // room again once the queue has drained
	});

	it('a burst of new pages leaves them served whole, without piling up compression', () => {
		const cache = createPageCache(64 << 20, createCompressionQueue(2, 16));
		for (let i = 0; i < 1000; i++) cache.set(`/p${i}`, headers, html(3000), true);
		expect(cache.size.compressing.waiting).toBeLessThanOrEqual(16);
		expect(cache.size.compressing.active).toBeLessThanOrEqual(2);
		expect(cache.get('/p999', request({ 'accept-encoding': 'br' }))!.status).toBe(200);
	});
});
