// The documents provider: what use cases send or hand out, rendered here (React email bodies,
// pdfkit PDF, csv-stringify CSV) and reached through the context (services/providers.ts).
import type { Documents } from '../services/providers.js';
import { csvRows, csvWriter } from './csv.js';
import { alertEmail } from './emails/alert-email.js';
import { confirmationEmail } from './emails/confirmation-email.js';
import { reportEmail } from './emails/report-email.js';
import { reportPdf } from './pdf-report.js';

/** The renderers the app uses. */
export function documents(): Documents {
  return { reportEmail, confirmationEmail, alertEmail, reportPdf, csvWriter, csvRows };
}
