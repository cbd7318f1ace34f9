// The pages behind an email's links speak the email's language (`lang=` in the link) and keep it
// on the form they post, so the page after the button does too.
import { describe, expect, it } from 'vitest';
import {
  confirmedPage,
  confirmPage,
  unsubscribedPage,
  unsubscribePage,
} from './subscription-pages.js';

describe('subscription pages', () => {
  it('are English without lang= and German with lang=de', () => {
    expect(confirmPage('tok.en.abc')).toContain('<html lang="en">');
    expect(confirmPage('tok.en.abc')).toContain('action="/api/subscribe/confirm?token=tok.en.abc"');
    const de = confirmPage('tok.en.abc', 'de');
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('Nutzungsberichte an diese Adresse erhalten?');
    expect(de).toContain('action="/api/subscribe/confirm?token=tok.en.abc&amp;lang=de"');
    expect(confirmedPage('de')).toContain('Die Nutzungsberichte kommen an diese Adresse.');
    expect(unsubscribePage('tok.en.abc', 'de-AT')).toContain('Nutzungsberichte abbestellen?');
    expect(unsubscribedPage('xx')).toContain('<h1>Unsubscribed</h1>');
  });
});
