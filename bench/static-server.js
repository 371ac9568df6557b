// A static file server (sirv, precompressed files) in a process of its own, as the app runs in
// one: the reading benchmark's floor. Usage: node bench/static-server.js <folder> <port>
import http from 'node:http';
import sirv from 'sirv';

const [folder, port] = process.argv.slice(2);
http
	.createServer(sirv(folder, { brotli: true, gzip: true, etag: false }))
	.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
