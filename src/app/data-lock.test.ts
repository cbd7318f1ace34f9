import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataLock, currentOwner, DataLockedError } from './data-lock.js';

describe('data folder lock', () => {
  it('refuses a second owner while the first lives, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ui-lock-'));
    // Pretend our parent process owns the folder: it is alive and not us.
    writeFileSync(
      join(dir, 'owner.lock'),
      JSON.stringify({ pid: process.ppid, port: 8080, startedAt: '' }),
    );
    expect(currentOwner(dir)?.port).toBe(8080);
    expect(() => acquireDataLock(dir, null)).toThrow(DataLockedError);
    expect(() => acquireDataLock(dir, null)).toThrow(/port 8080/);
  });

  it('takes over a lock left by a dead process and releases its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ui-lock-'));
    writeFileSync(
      join(dir, 'owner.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, startedAt: '' }),
    );
    const release = acquireDataLock(dir, 9000);
    release();
    const again = acquireDataLock(dir, 9001);
    again();
  });
});
