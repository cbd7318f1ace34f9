// Every email the service sends, rendered for a seeded demo user into a folder: HTML (with the
// inline chart next to it, so a browser shows it), the text part, and the .eml a client receives.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthPeriod } from '../../domain/report-periods.js';
import { documents } from '../../reports/documents.js';
import { outboxMailer } from '../../reports/mailer.js';
import type { ServiceContext } from '../../services/context.js';
import type { EmailContent } from '../../services/providers.js';
import { runPendingRollups } from '../../services/rebuild-rollups.js';
import { reportData } from '../../services/report-data.js';
import { seedDemo } from '../../services/seed-demo.js';
import { userZone } from '../../services/user-zone.js';
import { migrate } from '../../store/migrate.js';
import { openPglite } from '../../store/pglite-db.js';
import { loadPlans } from '../../store/plans-catalog.js';

const PUBLIC_URL = 'https://usage.example.com';

/** Writes NAME.html, NAME.txt (and inline images) per email, and the .eml files under eml/; returns the names. */
export async function writeEmailPreviews(out: string, now = Date.now()): Promise<string[]> {
  const db = await openPglite(null);
  try {
    await migrate(db);
    await loadPlans(db);
    const ctx: ServiceContext = { db, now: () => now, publicUrl: PUBLIC_URL };
    await seedDemo({ ctx, input: { users: 1, months: 3 } });
    await runPendingRollups({ ctx, input: { retentionDays: 400 } });
    const userId = 'demo-01';
    const zone = await userZone({ ctx, input: { userId } });
    const lastMonth = new Date(now);
    lastMonth.setUTCDate(1);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    const period = monthPeriod(lastMonth.toISOString().slice(0, 7), zone);
    const data = await reportData({ ctx, input: { userId, period } });
    const docs = documents();
    const emails: Record<string, EmailContent> = {
      report: docs.reportEmail(data, {
        unsubscribeUrl: `${PUBLIC_URL}/api/unsubscribe?token=preview-token`,
      }),
      confirmation: docs.confirmationEmail({
        link: `${PUBLIC_URL}/api/subscribe/confirm?token=preview-token`,
        frequency: 'monthly',
      }),
      alert: docs.alertEmail({
        subject: 'Usage alerts: 2 limits need attention',
        lines: [
          'Sessions: 26 of 25 sessions this month (104%)',
          'Audio minutes: 850 of 1,000 minutes this month (85%)',
        ],
        dashboardUrl: `${PUBLIC_URL}/?period=this_month`,
      }),
    };
    mkdirSync(out, { recursive: true });
    const mailer = outboxMailer(join(out, 'eml'), 'Usage Insights <reports@example.com>');
    for (const [name, e] of Object.entries(emails)) {
      let html = e.html;
      for (const a of e.attachments ?? []) {
        if (!a.cid) continue;
        // The browser has no message around the page: the inline image becomes a file beside it.
        writeFileSync(join(out, `${name}-${a.filename}`), a.content);
        html = html.replaceAll(`cid:${a.cid}`, `${name}-${a.filename}`);
      }
      writeFileSync(join(out, `${name}.html`), html);
      writeFileSync(join(out, `${name}.txt`), e.text);
      await mailer.send({ ...e, to: 'demo-01@example.com', messageId: `<${name}@preview>` });
    }
    return Object.keys(emails);
  } finally {
    await db.close();
  }
}
