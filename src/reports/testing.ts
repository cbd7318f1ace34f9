// A mailer that keeps messages in memory, for tests that do not need a real SMTP server.
import type { MailMessage, Mailer } from './mailer.js';

/** Collects sent messages in `sent`. */
export function memoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { kind: 'outbox', sent, send: async (m) => void sent.push(m) };
}
