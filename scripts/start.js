// Serves the built app (build/) on http://localhost:3000 by default.
//
// Environment: PORT (3000), HOST (0.0.0.0), ORIGIN (the public URL, e.g. https://example.org; when
// unset, the origin is taken from each request's Host header over plain http, so form posts work on
// localhost, 127.0.0.1 or a LAN address alike), DATABASE_PATH (data/parallels.sqlite) or
// DATABASE_URL (postgres://..., for several servers sharing one database; DATABASE_POOL
// connections, 10), BODY_SIZE_LIMIT (64K), PAGE_CACHE_MB (64: memory for rendered pages kept for
// repeat visits).
import { existsSync } from 'node:fs';
import { configure, serve } from './serve.js';

if (!existsSync(new URL('../build/handler.js', import.meta.url))) {
	console.error('No build found. Run `npm run build` first (or `npm start`, which builds).');
	process.exit(1);
}
configure();
const { handler } = await import('../build/handler.js');
serve(handler);
