// When a report is due: weekly on Monday 08:00 local for the week before, monthly on the 1st
// at 08:00 local for the month before.
import { DateTime } from 'luxon';

export type Frequency = 'weekly' | 'monthly';

export interface ReportPeriod {
  key: string;
  /** Inclusive local dates. */
  from: string;
  to: string;
  label: string;
  /** The instant the report became due. */
  dueAt: number;
}

/** The latest period whose report is due at `now` in the zone. */
export function latestDuePeriod(frequency: Frequency, zone: string, now: number): ReportPeriod {
  const local = DateTime.fromMillis(now, { zone });
  if (frequency === 'weekly') {
    let monday = local.startOf('week').set({ hour: 8 });
    if (local < monday) monday = monday.minus({ weeks: 1 });
    const start = monday.startOf('day').minus({ weeks: 1 });
    return {
      key: `${start.toFormat("kkkk-'W'WW")}`,
      from: start.toISODate()!,
      to: start.plus({ days: 6 }).toISODate()!,
      label: `the week of ${start.toFormat('d LLLL yyyy')}`,
      dueAt: monday.toMillis(),
    };
  }
  let first = local.startOf('month').set({ hour: 8 });
  if (local < first) first = first.minus({ months: 1 });
  const start = first.startOf('day').minus({ months: 1 });
  return {
    key: start.toFormat('yyyy-LL'),
    from: start.toISODate()!,
    to: start.endOf('month').toISODate()!,
    label: start.toFormat('LLLL yyyy'),
    dueAt: first.toMillis(),
  };
}

/** The monthly period for a YYYY-MM month (as `reports send --period` names it). */
export function monthPeriod(month: string, zone: string): ReportPeriod {
  const start = DateTime.fromFormat(month, 'yyyy-LL', { zone });
  if (!start.isValid) throw new RangeError('period must be YYYY-MM');
  return {
    key: month,
    from: start.toISODate()!,
    to: start.endOf('month').toISODate()!,
    label: start.toFormat('LLLL yyyy'),
    dueAt: start.plus({ months: 1 }).set({ hour: 8 }).toMillis(),
  };
}
