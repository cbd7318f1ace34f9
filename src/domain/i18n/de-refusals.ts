// Why the server refused a request, in German (keys as in en-refusals.ts).
import type { Catalogue } from './catalogue.js';

export const deRefusals: Catalogue['refusals'] = {
  noEmailOnFile: 'erforderlich: Für diesen Nutzer ist keine E-Mail-Adresse hinterlegt',
  atMostSubscriptions: 'höchstens {{max}} Abonnements',
  noSuchSubscription: 'dieses Abonnement gibt es nicht',
  atMostKeys: 'höchstens {{max}} API-Schlüssel; widerrufen Sie zuerst einen',
  noSuchKey: 'diesen API-Schlüssel gibt es nicht',
  exportsAtATime: 'höchstens {{max}} Exporte gleichzeitig',
  tooManyRequests: 'zu viele Anfragen; erneut versuchen in {{seconds}} s',
  databaseUnavailable: 'die Datenbank ist nicht erreichbar; gleich erneut versuchen',
  internal: 'interner Fehler',
  noSuchRoute: 'diese Adresse gibt es nicht',
  requiredCustom: 'erforderlich bei eigenem Zeitraum',
  dateFormat: 'muss ein Datum im Format JJJJ-MM-TT sein',
  dateBetween: 'muss zwischen 1970-01-01 und {{latest}} liegen',
  notAfterTo: 'darf nicht nach dem Ende liegen',
  beforeTo: 'muss vor dem Ende liegen',
  rangeYears: 'der Zeitraum darf höchstens {{years}} Jahre umfassen',
  hourDays: 'Stunden gibt es für Zeiträume von höchstens {{days}} Tagen',
  notUrl: 'keine gültige URL',
  httpUrl: 'muss eine http- oder https-URL sein',
  noUserInfo: 'darf keinen Benutzernamen und kein Passwort enthalten',
  notPublic: 'verweist auf eine Adresse, die nicht öffentlich ist',
  noResolve: 'der Hostname lässt sich nicht auflösen',
  webhooksUnavailable: 'Webhooks sind hier nicht verfügbar',
  invalidEmail: 'ungültige E-Mail-Adresse',
};
