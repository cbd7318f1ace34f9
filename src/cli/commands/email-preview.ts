// Every email the service sends, rendered for a seeded demo user into a folder: HTML (with the
// inline chart next to it, so a browser shows it), the text part, the .eml a client receives, and
// the report's PDF. In one language: the same catalogue and renderers as the real sends, given the
// locale a subscription or the alert settings would carry.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { thresholdMessage } from '../../domain/alerts.js';
import { wordsFor } from '../../domain/i18n/index.js';
import { LANGUAGES, languageOf, supportedTag } from '../../domain/i18n/locale.js';
import type { Metric } from '../../domain/metrics.js';
import { monthPeriod } from '../../domain/report-periods.js';
import { documents } from '../../reports/documents.js';
import { outboxMailer } from '../../reports/mailer.js';
import { alertEmailContent } from '../../services/alert-messages.js';
import type { ServiceContext } from '../../services/context.js';
import type { EmailContent } from '../../services/providers.js';
import { runPendingRollups } from '../../services/rebuild-rollups.js';
import { reportData } from '../../services/report-data.js';
import { seedDemo } from '../../services/seed-demo.js';
import { userZone } from '../../services/user-zone.js';
import { migrate } from '../../store/migrate.js';
import { openPglite } from '../../store/pglite-db.js';
import { loadPlans } from '../../store/plans-catalog.js';
import type { AlertRow } from '../../store/queries/usage-alerts/list-alerts.js';

const PUBLIC_URL = 'https://usage.example.com';

// Two limit alerts as the alert job writes them: in the settings' language, when raised.
function previewAlerts(now: number, tag: string): AlertRow[] {
  const w = wordsFor(tag);
  const row = (metric: Metric, value: number, limit: number, threshold: number): AlertRow => ({
    metric,
    kind: `threshold-${threshold}`,
    periodKey: 'preview',
    value,
    limit,
    message: thresholdMessage(metric, value, limit, threshold, w),
    details: null,
    createdAt: new Date(now),
    emailedAt: null,
    webhookAt: null,
  });
  return [row('sessions', 26, 25, 100), row('audio_minutes', 850, 1000, 80)];
}

/** Writes NAME.html, NAME.txt (and inline images) per email, report.pdf and the .eml files under eml/, in `locale`'s language; returns the names. */
export async function writeEmailPreviews(
  out: string,
  now = Date.now(),
  locale = 'en',
): Promise<string[]> {
  const tag = supportedTag(locale);
  if (!tag) throw new Error(`--locale ${locale}: not one of ${LANGUAGES.join(', ')}`);
  // English sends carry no locale (null: English), as real English subscriptions do.
  const loc = languageOf(tag) === 'en' ? {} : { locale: tag };
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
    const data = await reportData({ ctx, input: { userId, period, ...loc } });
    const docs = documents();
    const lang = loc.locale ? `&lang=${encodeURIComponent(loc.locale)}` : '';
    const emails: Record<string, EmailContent> = {
      report: docs.reportEmail(data, {
        unsubscribeUrl: `${PUBLIC_URL}/api/unsubscribe?token=preview-token${lang}`,
      }),
      confirmation: docs.confirmationEmail({
        link: `${PUBLIC_URL}/api/subscribe/confirm?token=preview-token`,
        frequency: 'monthly',
        ...loc,
      }),
      alert: docs.alertEmail(
        alertEmailContent({
          userId,
          deliveryId: 'preview',
          createdAt: new Date(now),
          alerts: previewAlerts(now, tag),
          dashboardUrl: PUBLIC_URL,
          ...loc,
        }),
      ),
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.pdf'), await docs.reportPdf(data));
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
