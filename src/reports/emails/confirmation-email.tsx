// The message asking an address to confirm report subscriptions; it holds no text the requesting
// user typed.
import type { EmailContent } from '../../services/providers.js';
import { reportLocale, type ReportLocale } from '../locale.js';
import { EmailLayout, styles } from './layout.js';
import { emailHtml } from './render.js';

interface Props {
  link: string;
  frequency: string;
  /** The subscription's locale tag; absent: English. */
  locale?: string;
}

const what = (frequency: string, loc: ReportLocale) =>
  loc.t(frequency === 'weekly' ? 'confirmEmail.weekly' : 'confirmEmail.monthly');

function ConfirmationEmail({ link, frequency, loc }: Props & { loc: ReportLocale }) {
  const { t } = loc;
  return (
    <EmailLayout title={t('confirmEmail.title')} footer={t('confirmEmail.footer')} lang={loc.tag}>
      <p>{t('confirmEmail.asked', { frequency: what(frequency, loc) })}</p>
      <p>
        <a href={link} style={styles.button}>
          {t('confirmEmail.confirm')}
        </a>
      </p>
      <p>{t('confirmEmail.within')}</p>
    </EmailLayout>
  );
}

/** The confirmation message's subject, HTML and text, in the subscription's language. */
export function confirmationEmail(c: Props): EmailContent {
  const loc = reportLocale(c.locale);
  const { t } = loc;
  return {
    subject: t('confirmEmail.title'),
    html: emailHtml(<ConfirmationEmail {...c} loc={loc} />),
    text:
      `${t('confirmEmail.asked', { frequency: what(c.frequency, loc) })}\n\n` +
      `${t('confirmEmail.withinText')}\n${c.link}\n\n` +
      `${t('confirmEmail.footer')}\n`,
  };
}
