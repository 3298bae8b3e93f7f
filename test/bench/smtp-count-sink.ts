/**
 * A minimal SMTP server in its own process for the JEPzine bench: accepts every message, keeps
 * only the count and the Message-IDs (to prove nothing arrived twice). Started with fork(); says
 * `{ port }` when listening and answers `count` with `{ count, unique }`.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let count = 0;
const ids = new Set<string>();

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 0,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 4096) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      count++;
      const id = /^message-id:\s*(\S+)/im.exec(head)?.[1];
      if (id) ids.add(id);
      callback();
    });
  },
});
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => {
  process.send!({ port: (server.server.address() as AddressInfo).port });
});
process.on('message', (message) => {
  if (message === 'count') process.send!({ count, unique: ids.size });
  if (message === 'reset') {
    count = 0;
    ids.clear();
    process.send!({ reset: true });
  }
});
