// The preview speaks the language it is asked for, through the catalogue the real sends use.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeEmailPreviews } from './email-preview.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'email-preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reports preview --locale', () => {
  it('renders the report, confirmation and alert emails and the PDF in German', async () => {
    const out = join(dir, 'de');
    expect(await writeEmailPreviews(out, NOW, 'de')).toEqual(['report', 'confirmation', 'alert']);
    const read = (f: string) => readFileSync(join(out, f), 'utf8');
    expect(read('report.html')).toContain('lang="de"');
    expect(read('report.txt')).toContain('Oktober 2026');
    expect(read('report.txt')).not.toMatch(/Your usage report|Open the dashboard/);
    expect(read('confirmation.txt')).toMatch(/^Jemand hat darum gebeten/);
    expect(read('alert.txt')).toContain('Sitzungen');
    expect(read('alert.txt')).not.toMatch(/ of 25 sessions/);
    expect(read('alert.html')).toContain('lang=de');
    expect(readFileSync(join(out, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(join(out, 'eml')).length).toBe(3);
  }, 120_000);

  it('writes English by default and refuses a language without a catalogue', async () => {
    const out = join(dir, 'en');
    await writeEmailPreviews(out, NOW);
    expect(readFileSync(join(out, 'alert.txt'), 'utf8')).toContain('Sessions: 26 of 25 sessions');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('lang="en');
    await expect(writeEmailPreviews(join(dir, 'fr'), NOW, 'fr')).rejects.toThrow(/--locale fr/);
  }, 120_000);
});
