// The email for alerts raised together: one line per alert and a link to the dashboard, in the
// language of the alert settings (the lines were written in it when the alerts were raised).
import type { AlertEmailContent, EmailContent } from '../../services/providers.js';
import { reportLocale, type ReportLocale } from '../locale.js';
import { EmailLayout, styles } from './layout.js';
import { emailHtml } from './render.js';

function AlertEmail({
  subject,
  lines,
  dashboardUrl,
  loc,
}: AlertEmailContent & { loc: ReportLocale }) {
  return (
    <EmailLayout title={subject} footer={loc.t('alertEmail.footer')} lang={loc.tag}>
      <h1 style={styles.h1}>{subject}</h1>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
      <p>
        <a href={dashboardUrl} style={styles.button}>
          {loc.t('report.open')}
        </a>
      </p>
    </EmailLayout>
  );
}

/** The alert email's subject, HTML and text. */
export function alertEmail(a: AlertEmailContent): EmailContent {
  const loc = reportLocale(a.locale);
  return {
    subject: a.subject,
    html: emailHtml(<AlertEmail {...a} loc={loc} />),
    text: [
      ...a.lines.map((l) => `- ${l}`),
      '',
      loc.t('report.openText', { url: a.dashboardUrl }),
      '',
      loc.t('alertEmail.footer'),
    ].join('\n'),
  };
}
