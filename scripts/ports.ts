/**
 * @module Ports for `npm start` and `npm test`: find a free one, or say plainly that one is taken.
 *
 *   node scripts/ports.ts check 4321 PORT 4010 SANDBOX_PORT
 *
 * exits 1 naming each taken port and the variable that moves it, before anything starts.
 */
import { createServer } from 'node:net';

const HOST = '127.0.0.1';

/** Resolves with the error code when nothing can listen on the port, or null when it is free. */
export function tryListen(port: number, host = HOST): Promise<string | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
    server.listen(port, host, () => server.close(() => resolve(null)));
  });
}

/** A port the system reports free right now (asks the kernel for one). */
export function freePort(host = HOST): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The message for a port that is taken: which port, what it is for, and how to choose another. */
export function portTakenMessage(port: number, purpose: string, option: string, host = HOST): string {
  return `Port ${port} (${purpose}) is already in use on ${host}. Stop what is using it (is \`npm start\` already running?), or choose another port with ${option}.`;
}

if (import.meta.main && process.argv[2] === 'check') {
  const pairs = process.argv.slice(3);
  const problems: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const port = Number(pairs[i]);
    const variable = pairs[i + 1]!;
    if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push(`${variable} must be a port number from 1 to 65535, got "${pairs[i]}".`);
    else if (await tryListen(port)) problems.push(portTakenMessage(port, variable === 'PORT' ? 'the docs site' : 'the local sandbox', `${variable}=<port>`));
  }
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
