import { describe, expect, it } from 'vitest';
import { bucketsFor, isoInZone, localDaysOverlapping, startOfLocalDate } from './calendar.js';

const hours = (zone: string, date: string) => {
  const start = startOfLocalDate(date, zone);
  const end = startOfLocalDate(
    new Date(Date.parse(date + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10),
    zone,
  );
  return bucketsFor(start, end, zone, 'hour');
};

describe('local hour buckets', () => {
  it('give a 23-hour spring-forward day in Europe/Berlin', () => {
    const b = hours('Europe/Berlin', '2026-03-29');
    expect(b).toHaveLength(23);
    expect(isoInZone(b[2]!.start, 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('give a 25-hour fall-back day in America/New_York with 01:00 twice', () => {
    const b = hours('America/New_York', '2026-11-01');
    expect(b).toHaveLength(25);
    expect(isoInZone(b[1]!.start, 'America/New_York')).toBe('2026-11-01T01:00:00-04:00');
    expect(isoInZone(b[2]!.start, 'America/New_York')).toBe('2026-11-01T01:00:00-05:00');
  });

  it('follow the half-hour DST shift of Australia/Lord_Howe', () => {
    const spring = hours('Australia/Lord_Howe', '2026-10-04');
    expect(spring).toHaveLength(24);
    const short = spring.find((x) => x.end - x.start === 30 * 60_000);
    expect(isoInZone(short!.start, 'Australia/Lord_Howe')).toBe('2026-10-04T02:30:00+11:00');
    const fall = hours('Australia/Lord_Howe', '2026-04-05');
    expect(fall.reduce((s, x) => s + (x.end - x.start), 0)).toBe(24.5 * 3_600_000);
  });

  it('start Asia/Kolkata hours at half past the UTC hour', () => {
    const b = hours('Asia/Kolkata', '2026-06-01');
    expect(b).toHaveLength(24);
    expect(new Date(b[0]!.start).toISOString()).toBe('2026-05-31T18:30:00.000Z');
    expect(new Date(b[1]!.start).toISOString()).toBe('2026-05-31T19:30:00.000Z');
  });

  it('start Asia/Kathmandu hours at a quarter to the UTC hour', () => {
    const b = hours('Asia/Kathmandu', '2026-06-01');
    expect(new Date(b[0]!.start).toISOString()).toBe('2026-05-31T18:15:00.000Z');
  });
});

describe('days, weeks and months', () => {
  it('end at the range end in the last days of year 9999, whose next boundary has no ISO date', () => {
    const start = Date.UTC(9999, 11, 1);
    const end = Date.UTC(9999, 11, 31);
    for (const g of ['day', 'week', 'month'] as const) {
      const b = bucketsFor(start, end, 'Pacific/Kiritimati', g);
      expect(b.at(-1)?.end).toBe(end);
    }
    expect(bucketsFor(start, Date.UTC(9999, 11, 31, 10), 'UTC', 'day').at(-1)?.end).toBe(
      Date.UTC(9999, 11, 31, 10),
    );
  });

  it('clip ISO weeks (Monday) and months to the range', () => {
    const zone = 'Europe/Berlin';
    const start = startOfLocalDate('2026-03-25', zone); // a Wednesday
    const end = startOfLocalDate('2026-04-10', zone);
    const weeks = bucketsFor(start, end, zone, 'week').map((b) => isoInZone(b.start, zone));
    expect(weeks).toEqual([
      '2026-03-25T00:00:00+01:00',
      '2026-03-30T00:00:00+02:00',
      '2026-04-06T00:00:00+02:00',
    ]);
    const months = bucketsFor(start, end, zone, 'month').map((b) => isoInZone(b.start, zone));
    expect(months).toEqual(['2026-03-25T00:00:00+01:00', '2026-04-01T00:00:00+02:00']);
  });

  it('find the local days that a UTC day overlaps', () => {
    const utcDay = Date.parse('2026-06-01T00:00:00Z');
    const days = localDaysOverlapping(utcDay, utcDay + 86_400_000, 'Asia/Kolkata');
    expect(days.map((d) => isoInZone(d.start, 'Asia/Kolkata').slice(0, 10))).toEqual([
      '2026-06-01',
      '2026-06-02',
    ]);
  });
});

describe('isoInZoneFast', () => {
  it('writes exactly what isoInZone writes, across DST and odd offsets', async () => {
    const { isoInZoneFast } = await import('./calendar.js');
    const zones = [
      'UTC',
      'Europe/London',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    for (const zone of zones) {
      for (
        let t = Date.parse('2026-03-28T00:00:00Z');
        t < Date.parse('2026-04-06T00:00:00Z');
        t += 7 * 60_000 + 123
      ) {
        expect(isoInZoneFast(t, zone)).toBe(isoInZone(t, zone));
      }
    }
  });
});

describe('fast local dates', () => {
  it('agree with Luxon in zones with midnight transitions and skipped days', async () => {
    const { DateTime } = await import('luxon');
    const { localDate, startOfLocalDate } = await import('./calendar.js');
    const zones = [
      'America/Santiago',
      'Asia/Beirut',
      'America/Havana',
      'Pacific/Apia',
      'Australia/Lord_Howe',
      'Europe/Berlin',
      'Asia/Kathmandu',
      'America/St_Johns',
    ];
    for (const zone of zones) {
      for (let day = 0; day < 900; day += 3) {
        const date = DateTime.fromISO('2010-01-01', { zone: 'UTC' })
          .plus({ days: day * 7 })
          .toISODate()!;
        const luxon = DateTime.fromISO(date, { zone }).startOf('day').toMillis();
        expect(startOfLocalDate(date, zone), `${zone} ${date}`).toBe(luxon);
        for (const t of [luxon, luxon + 3_599_999, luxon + 13 * 3_600_000]) {
          expect(localDate(t, zone)).toBe(DateTime.fromMillis(t, { zone }).toISODate());
        }
      }
    }
  });
});
