/**
 * @module Serves `dist/` with nginx and the build's own nginx snippet
 * (`dist/_deploy/nginx-headers.conf`), as a deployment would: the browser tests check the site
 * under those headers. `node scripts/serve-with-headers.ts --port 4330 [--dist dist]`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4330' }, dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist!);
const snippet = join(dist, '_deploy', 'nginx-headers.conf');
if (!existsSync(snippet)) throw new Error(`${snippet} is missing: run the build first.`);

mkdirSync('.tmp', { recursive: true });
const work = mkdtempSync(resolve('.tmp', 'nginx-'));
const conf = join(work, 'nginx.conf');
// One process, as the user running the tests: a root master would hand requests to an unprivileged
// worker, which cannot enter a checkout in a private folder (a 0700 home or mktemp -d).
writeFileSync(conf, `daemon off;
master_process off;
pid ${work}/nginx.pid;
error_log stderr warn;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${Number(values.port)};
    root ${dist};
    error_page 404 /404.html;
    location / {
      include ${snippet};
      try_files $uri $uri/ =404;
    }
  }
}
`);
const nginx = spawn('nginx', ['-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
nginx.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
