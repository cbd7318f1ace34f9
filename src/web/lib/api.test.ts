// A refused request in the page's words: the server writes English, so a German page says what
// kind of refusal it was, which field and why in German (reasons.ts's words for the reasons it
// knows), and keeps the server's English reason rather than dropping it for a generic line.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refusalText } from './api.js';
import { loadCatalogue } from './catalogues.js';

afterEach(() => vi.unstubAllGlobals());

const body = (
  code: string,
  message: string,
  issues: { field: string; reason?: string }[] = [],
) => ({
  error: { code, message, issues },
});

describe('refusalText', () => {
  it('shows the server’s message on an English page', () => {
    expect(refusalText(409, body('conflict', 'at most 10 API keys; revoke one first'))).toBe(
      'at most 10 API keys; revoke one first',
    );
    expect(refusalText(502, null)).toBe('The server answered 502.');
  });

  it('says a German page’s refusal in German, naming the field and the reason', async () => {
    vi.stubGlobal('document', { documentElement: { lang: 'de' } });
    await loadCatalogue('de');
    expect(refusalText(409, body('conflict', 'at most 10 API keys; revoke one first'))).toBe(
      'Die Höchstzahl ist erreicht: Entfernen Sie zuerst einen Eintrag. Grund: höchstens 10 API-Schlüssel; widerrufen Sie zuerst einen.',
    );
    expect(
      refusalText(
        400,
        body('invalid_input', 'webhookUrl: must be an http or https URL', [
          { field: 'webhookUrl', reason: 'must be an http or https URL' },
        ]),
      ),
    ).toBe(
      'Der Server hat diesen Wert abgelehnt: Webhook-URL (muss eine http- oder https-URL sein).',
    );
    // Every field, each with its reason; a field without a German word keeps its own name.
    expect(
      refusalText(
        400,
        body('invalid_input', 'invalid query', [
          { field: 'from', reason: 'must not be after to' },
          { field: 'zone', reason: 'Invalid input' },
        ]),
      ),
    ).toBe(
      'Der Server hat diesen Wert abgelehnt: Beginn (darf nicht nach dem Ende liegen); zone (Invalid input).',
    );
    expect(
      refusalText(
        400,
        body('invalid_input', 'invalid body', [{ field: 'body.thresholds.0', reason: 'Too big' }]),
      ),
    ).toBe('Der Server hat diesen Wert abgelehnt: Schwellen (Too big).');
    expect(refusalText(400, body('invalid_input', 'invalid body'))).toBe(
      'Der Server hat die Eingabe abgelehnt. Grund: invalid body.',
    );
    // A reason reasons.ts does not know stays the server's English, never a generic line alone.
    expect(refusalText(429, body('rate_limited', 'at most 3 test reports a day'))).toBe(
      'Zu viele Anfragen: Versuchen Sie es später erneut. Grund: at most 3 test reports a day.',
    );
    expect(refusalText(429, body('rate_limited', 'too many requests; retry in 12 s'))).toBe(
      'Zu viele Anfragen: Versuchen Sie es später erneut. Grund: zu viele Anfragen; erneut versuchen in 12 s.',
    );
    expect(refusalText(418, body('teapot', 'short and stout'))).toBe(
      'Der Server antwortete mit 418. Grund: short and stout.',
    );
    expect(refusalText(502, null)).toBe('Der Server antwortete mit 502.');
  });
});
