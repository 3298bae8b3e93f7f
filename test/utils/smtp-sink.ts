import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Header lines by lower-case name (the last one when a header repeats). */
  headers: Record<string, string>;
  /** Attachments and calendar parts (text/calendar), decoded as UTF-8 text. */
  attachments: { filename: string; contentType: string; content: string }[];
}

/** A real SMTP server on a free local port that keeps what it receives. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Reply codes to answer the next messages with (e.g. 450 or 550), one per message. */
  readonly failNext: number[] = [];
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const code = this.failNext.shift();
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (code) {
            const error = new Error(
              code >= 500 ? 'Mailbox unavailable' : 'Try again later',
            ) as Error & { responseCode: number };
            error.responseCode = code;
            return callback(error);
          }
          simpleParser(Buffer.concat(chunks))
            .then((mail) => {
              this.messages.push({
                to: session.envelope.rcptTo.map((r) => r.address),
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
                messageId: mail.messageId ?? '',
                headers: Object.fromEntries(
                  mail.headerLines.map((h) => [
                    h.key,
                    h.line.slice(h.line.indexOf(':') + 1).trim(),
                  ]),
                ),
                attachments: mail.attachments.map((a) => ({
                  filename: a.filename ?? '',
                  contentType: a.contentType,
                  content: a.content.toString('utf8'),
                })),
              });
              callback();
            })
            .catch((e: Error) => callback(e));
        });
      },
    });
  }

  /** Listens on a free port, or on `port` again after a stop (an SMTP outage that ends). */
  async start(port = 0): Promise<string> {
    // A client that dies mid-session (a killed sender) resets its connection: not a test failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const match = mail.text.match(
    new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s]+`),
  );
  if (!match) throw new Error(`No link starting with ${prefix} in mail "${mail.subject}"`);
  return match[0];
}
