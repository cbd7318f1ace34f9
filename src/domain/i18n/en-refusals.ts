// Why the server refused a request, as its errors say it (`message`, and each issue's `reason`).
// The API writes these English texts (through `refusal` in reasons.ts, so they are written once);
// a page in another language finds the key again from the text and shows its own words.
export const enRefusals = {
  noEmailOnFile: 'required: no email address is on file for this user',
  atMostSubscriptions: 'at most {{max}} subscriptions',
  noSuchSubscription: 'no such subscription',
  atMostKeys: 'at most {{max}} API keys; revoke one first',
  noSuchKey: 'no such API key',
  exportsAtATime: 'at most {{max}} exports at a time',
  tooManyRequests: 'too many requests; retry in {{seconds}} s',
  databaseUnavailable: 'the database is unavailable; retry shortly',
  internal: 'internal error',
  noSuchRoute: 'no such route',
  requiredCustom: 'required when period=custom',
  dateFormat: 'must be a date as YYYY-MM-DD',
  dateBetween: 'must be between 1970-01-01 and {{latest}}',
  notAfterTo: 'must not be after to',
  beforeTo: 'must be before to',
  rangeYears: 'the range may span at most {{years}} years',
  hourDays: 'hour is available for ranges of at most {{days}} days',
  notUrl: 'not a valid URL',
  httpUrl: 'must be an http or https URL',
  noUserInfo: 'must not carry a user name or password',
  notPublic: 'resolves to an address that is not public',
  noResolve: 'its host name does not resolve',
  webhooksUnavailable: 'webhooks are not available here',
  testSendsPerDay: 'at most {{max}} test sends a day',
  confirmationsPerDay: 'at most {{max}} confirmation emails a day',
  // zod's own wording for an email field.
  invalidEmail: 'Invalid email address',
};
