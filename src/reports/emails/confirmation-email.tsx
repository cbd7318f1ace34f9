// The message asking an address to confirm report subscriptions; it holds no text the requesting
// user typed.
import type { EmailContent } from '../../services/providers.js';
import { EmailLayout, styles } from './layout.js';
import { emailHtml } from './render.js';

interface Props {
  link: string;
  frequency: string;
}

const what = (frequency: string) => (frequency === 'weekly' ? 'weekly' : 'monthly');

function ConfirmationEmail({ link, frequency }: Props) {
  return (
    <EmailLayout
      title="Confirm usage reports to this address"
      footer="If you did not expect this, ignore this message: nothing will be sent to you."
    >
      <p>
        Someone asked to send {what(frequency)} usage reports of their Usage Insights account to
        this address.
      </p>
      <p>
        <a href={link} style={styles.button}>
          Confirm this address
        </a>
      </p>
      <p>Confirm within 7 days to receive them.</p>
    </EmailLayout>
  );
}

/** The confirmation message's subject, HTML and text. */
export function confirmationEmail(c: Props): EmailContent {
  return {
    subject: 'Confirm usage reports to this address',
    html: emailHtml(<ConfirmationEmail {...c} />),
    text:
      `Someone asked to send ${what(c.frequency)} usage reports of their Usage Insights account to this address.\n\n` +
      `To receive them, confirm within 7 days:\n${c.link}\n\n` +
      'If you did not expect this, ignore this message: nothing will be sent to you.\n',
  };
}
