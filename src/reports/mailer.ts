// Email delivery as a swappable provider: SMTP through nodemailer, or .eml files in an outbox
// folder when no SMTP server is configured (the embedded demo). Both compose with nodemailer,
// which encodes every header, so text a user typed can never add one.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { DeliveryError, type MailMessage, type Mailer } from '../services/providers.js';

export { DeliveryError, type MailMessage, type Mailer } from '../services/providers.js';

function options(from: string, msg: MailMessage) {
  return {
    from,
    to: msg.to,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    messageId: msg.messageId,
    headers: msg.headers,
    attachments: msg.attachments,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** Sends through the SMTP server at url (smtp:// or smtps://). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(msg) {
      try {
        await transport.sendMail(options(from, msg));
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        throw new DeliveryError((err as Error).message, typeof code === 'number' && code >= 500);
      }
    },
  };
}

/** Writes each message as an .eml file into dir: the demo's stand-in for a mail server. */
export function outboxMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    kind: 'outbox',
    async send(msg) {
      const info = await transport.sendMail(options(from, msg));
      mkdirSync(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${msg.messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`;
      // Written aside and renamed, so a reader of the outbox never sees half a message.
      writeFileSync(join(dir, `.${name}.tmp`), info.message as Buffer);
      renameSync(join(dir, `.${name}.tmp`), join(dir, name));
    },
  };
}
