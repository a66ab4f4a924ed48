// Serves a built site the way GitHub Pages does, for the bench and Lighthouse:
//   node scripts/serve-site.mjs DIR PORT
// gzip for text and wasm when the browser accepts it, `Cache-Control: max-age=600`, and the
// nearest 404.html (with status 404) for paths that are not files. Prints "Serving" when ready.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  console.error('usage: node scripts/serve-site.mjs DIR PORT');
  process.exit(2);
}
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg']);
const gzipped = new Map();

function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let file = fileFor(url.pathname);
  let status = 200;
  if (!file) {
    // The nearest 404.html above the path: a project site's own (/<repository>/404.html).
    status = 404;
    const folders = url.pathname.split('/').filter(Boolean);
    for (let depth = folders.length; depth >= 0 && !file; depth--) {
      file = fileFor(`/${folders.slice(0, depth).join('/')}/404.html`);
    }
  }
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const ext = extname(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': 'max-age=600',
    Vary: 'Accept-Encoding',
  };
  let body = readFileSync(file);
  if (COMPRESSED.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    body = gzipped.get(key);
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} on 127.0.0.1:${port}`));
