// A refused request in the page's words: the server writes English, so a German page says what
// kind of refusal it was (and which field) in German rather than showing the server's sentence.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refusalText } from './api.js';
import { loadCatalogue } from './catalogues.js';

afterEach(() => vi.unstubAllGlobals());

const body = (code: string, message: string, fields: string[] = []) => ({
  error: { code, message, issues: fields.map((field) => ({ field })) },
});

describe('refusalText', () => {
  it('shows the server’s message on an English page', () => {
    expect(refusalText(409, body('conflict', 'at most 10 API keys; revoke one first'))).toBe(
      'at most 10 API keys; revoke one first',
    );
    expect(refusalText(502, null)).toBe('The server answered 502.');
  });

  it('says a German page’s refusal in German, naming the field', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    await loadCatalogue('de');
    expect(refusalText(409, body('conflict', 'at most 10 API keys; revoke one first'))).toBe(
      'Die Höchstzahl ist erreicht: Entfernen Sie zuerst einen Eintrag.',
    );
    expect(
      refusalText(
        400,
        body('invalid_input', 'invalid body: webhookUrl: must be https', ['webhookUrl']),
      ),
    ).toBe('Der Server hat diesen Wert abgelehnt: Webhook-URL.');
    expect(refusalText(400, body('invalid_input', 'invalid body', ['body.thresholds.0']))).toBe(
      'Der Server hat diesen Wert abgelehnt: Schwellen.',
    );
    expect(refusalText(400, body('invalid_input', 'invalid body', ['zone']))).toBe(
      'Der Server hat die Eingabe abgelehnt.',
    );
    expect(refusalText(429, body('rate_limited', 'at most 3 test reports a day'))).toBe(
      'Zu viele Anfragen: Versuchen Sie es später erneut.',
    );
    expect(refusalText(418, body('teapot', 'short and stout'))).toBe(
      'Der Server antwortete mit 418.',
    );
  });
});
