import { join } from 'node:path';
import type { Command } from 'commander';
import { outboxMailer, smtpMailer } from '../../reports/mailer.js';
import { documents } from '../../reports/documents.js';
import { sendReportNow } from '../../services/send-report.js';
import { config, runningServer, withLocalDb } from '../context.js';
import { writeEmailPreviews } from './email-preview.js';
import { LANGUAGES } from '../../domain/i18n/locale.js';
import { callServer } from '../remote.js';

/** `reports send --user ID --period YYYY-MM`: a user's report now, through the server when it runs. */
export function registerReports(program: Command) {
  const reports = program.command('reports').description('emailed reports');
  reports
    .command('send')
    .description("send a user's report now to its subscription address")
    .requiredOption('--user <id>', 'the user')
    .option('--period <YYYY-MM>', 'the month (default: the latest due period of its subscription)')
    .action(async (o: { user: string; period?: string }) => {
      const cfg = config();
      const owner = runningServer(cfg);
      const body = { userId: o.user, ...(o.period ? { period: o.period } : {}) };
      const result = owner
        ? await callServer<{ outcome: string; period: string; to: string }>(
            cfg,
            owner.port!,
            'POST',
            '/api/admin/reports/send',
            body,
          )
        : await withLocalDb(cfg, (ctx) => {
            const mailer = cfg.smtpUrl
              ? smtpMailer(cfg.smtpUrl, cfg.mailFrom)
              : outboxMailer(join(cfg.dataDir, 'outbox'), cfg.mailFrom);
            return sendReportNow({
              ctx: {
                ...ctx,
                publicUrl: cfg.publicUrl,
                signingKey: cfg.signingKey,
                mailer,
                documents: documents(),
              },
              input: { userId: o.user, month: o.period },
            });
          });
      console.log(
        `${result.outcome}: report for ${result.period} to ${result.to}${cfg.smtpUrl ? '' : ` (written to ${join(cfg.dataDir, 'outbox')})`}`,
      );
    });
  reports
    .command('preview')
    .description(
      'render every email and the report PDF for a demo user into a folder (HTML, text, .eml, PDF)',
    )
    .option('--out <dir>', 'where to write them', 'data/email-preview')
    .option(
      '--locale <tag>',
      `the language of the emails and the PDF, as a subscription's locale (${LANGUAGES.join(', ')}; a region such as de-AT sets the formats)`,
      'en',
    )
    .action(async (o: { out: string; locale: string }) => {
      const names = await writeEmailPreviews(o.out, Date.now(), o.locale);
      console.log(
        `wrote ${names.map((n) => `${n}.html, ${n}.txt`).join(', ')}, report.pdf and eml/ to ${o.out} (${o.locale})`,
      );
    });
}
