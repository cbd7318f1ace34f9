// The email for alerts raised together: one line per alert and a link to the dashboard.
import type { AlertEmailContent, EmailContent } from '../../services/providers.js';
import { EmailLayout, styles } from './layout.js';
import { emailHtml } from './render.js';

function AlertEmail({ subject, lines, dashboardUrl }: AlertEmailContent) {
  return (
    <EmailLayout title={subject} footer="Alert settings are in the dashboard's account panel.">
      <h1 style={styles.h1}>{subject}</h1>
      <ul>
        {lines.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
      <p>
        <a href={dashboardUrl} style={styles.button}>
          Open your dashboard
        </a>
      </p>
    </EmailLayout>
  );
}

/** The alert email's subject, HTML and text. */
export function alertEmail(a: AlertEmailContent): EmailContent {
  return {
    subject: a.subject,
    html: emailHtml(<AlertEmail {...a} />),
    text: [...a.lines.map((l) => `- ${l}`), '', `Open your dashboard: ${a.dashboardUrl}`].join(
      '\n',
    ),
  };
}
