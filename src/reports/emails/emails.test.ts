// The email bodies escape whatever they show, keep a text part that says the same, and link where
// the use case says.
import { describe, expect, it } from 'vitest';
import { alertEmail } from './alert-email.js';
import { confirmationEmail } from './confirmation-email.js';

const HOSTILE = '<script>alert(1)</script> & "quotes"';

describe('email bodies', () => {
  it('alert email: every line escaped in the HTML, as typed in the text part, with the footer in both', () => {
    const e = alertEmail({
      subject: `Usage alert: ${HOSTILE}`,
      lines: [`Sessions: ${HOSTILE}`, 'Exports: 5 of 5'],
      dashboardUrl: 'https://usage.example.com/?period=this_month&x="><b>',
    });
    expect(e.html.startsWith('<!doctype html>')).toBe(true);
    expect(e.html).not.toContain('<script>');
    expect(e.html).not.toContain('"><b>');
    expect(e.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(e.html).toContain(
      'href="https://usage.example.com/?period=this_month&amp;x=&quot;&gt;&lt;b&gt;"',
    );
    expect(e.text).toBe(
      `- Sessions: ${HOSTILE}\n- Exports: 5 of 5\n\nOpen your dashboard: https://usage.example.com/?period=this_month&x="><b>\n\nAlert settings are in the dashboard's account panel.`,
    );
    expect(e.subject).toBe(`Usage alert: ${HOSTILE}`);
  });

  it('confirmation email: the link in both parts, and the frequency asked for', () => {
    const link = 'https://usage.example.com/api/subscribe/confirm?token=a.b&c';
    const e = confirmationEmail({ link, frequency: 'weekly' });
    expect(e.html).toContain(
      'href="https://usage.example.com/api/subscribe/confirm?token=a.b&amp;c"',
    );
    expect(e.text).toContain(`confirm within 7 days:\n${link}\n`);
    expect(e.text).toContain('weekly usage reports');
    expect(e.html).toContain('weekly usage reports');
  });

  it('writes the confirmation and the alert email in the recipient’s language', () => {
    const link = 'https://usage.example.com/api/subscribe/confirm?token=x';
    const c = confirmationEmail({ link, frequency: 'weekly', locale: 'de-AT' });
    expect(c.subject).toBe('Nutzungsberichte an diese Adresse bestätigen');
    expect(c.text).toContain('wöchentliche Nutzungsberichte');
    expect(c.text).toContain(`innerhalb von 7 Tagen:\n${link}\n`);
    expect(c.html).toContain('<html lang="de-AT">');
    const a = alertEmail({
      subject: 'Nutzungswarnung: Sitzungen',
      lines: ['Sitzungen: 21 von 25 Sitzungen'],
      dashboardUrl: 'https://usage.example.com/?period=this_month&lang=de',
      locale: 'de',
    });
    expect(a.text).toContain('Ihr Dashboard öffnen: https://usage.example.com/');
    expect(a.html).toContain('Die Warnungseinstellungen finden Sie im Kontobereich');
    expect(a.text).toContain('Die Warnungseinstellungen finden Sie im Kontobereich');
  });
});
