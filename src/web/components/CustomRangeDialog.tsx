// The custom range picker: a two-month calendar and two date fields, in a modal dialog
// (focus stays inside, Escape cancels). Loaded only when opened.
import { useEffect, useRef, useState } from 'react';
import { DayPicker, type DateRange } from 'react-day-picker';
import 'react-day-picker/style.css';
import { PHONE, useMedia } from '../hooks/useMedia.js';
import { isIsoDate, monthStart, shiftMonth } from '../../domain/dates.js';
import { fromPickerDate, toPickerDate } from '../lib/dates.js';
import { exceedsRangeCap, MAX_RANGE_YEARS } from '../../domain/periods.js';

export interface CustomRangeDialogProps {
  initialFrom: string | undefined;
  initialTo: string | undefined;
  today: string | null;
  onApply: (from: string, to: string) => void;
  onCancel: () => void;
}

const dayName = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  month: 'long',
  year: 'numeric',
});

/** Starts with the day's number, the button's visible text (WCAG 2.5.3, label in name). */
function dayLabel(date: Date, modifiers: { selected?: boolean; today?: boolean }): string {
  const parts = dayName.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${date.getDate()} ${get('month')} ${get('year')}, ${get('weekday')}${
    modifiers.today ? ', today' : ''
  }${modifiers.selected ? ', selected' : ''}`;
}

export function rangeProblem(from: string, to: string): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'Enter both dates.';
  if (from > to) return 'The start must not be after the end.';
  if (exceedsRangeCap(from, to)) return `A range may span at most ${MAX_RANGE_YEARS} years.`;
  return null;
}

export default function CustomRangeDialog(p: CustomRangeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const phone = useMedia(PHONE);
  const [from, setFrom] = useState(p.initialFrom ?? '');
  const [to, setTo] = useState(p.initialTo ?? '');
  const [tried, setTried] = useState(false);
  const problem = rangeProblem(from, to);
  const today = p.today ?? undefined;

  useEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);

  const end = isIsoDate(to) ? to : isIsoDate(today) ? today : null;
  const month = end ? toPickerDate(phone ? monthStart(end) : shiftMonth(end, -1)) : undefined;
  const selected: DateRange | undefined = isIsoDate(from)
    ? { from: toPickerDate(from), to: isIsoDate(to) ? toPickerDate(to) : undefined }
    : undefined;

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="custom-range-title"
      onCancel={(e) => {
        e.preventDefault();
        p.onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!problem) p.onApply(from, to);
        }}
      >
        <h2 id="custom-range-title">Custom range</h2>
        <div className="date-fields">
          <label>
            From
            <input
              type="date"
              name="from"
              value={from}
              max={today}
              required
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label>
            To
            <input
              type="date"
              name="to"
              value={to}
              max={today}
              required
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
        </div>
        <DayPicker
          mode="range"
          numberOfMonths={phone ? 1 : 2}
          defaultMonth={month}
          selected={selected}
          onSelect={(r) => {
            setFrom(r?.from ? fromPickerDate(r.from) : '');
            setTo(r?.to ? fromPickerDate(r.to) : '');
          }}
          disabled={today ? { after: toPickerDate(today) } : undefined}
          weekStartsOn={1}
          labels={{ labelDayButton: dayLabel }}
        />
        <p className="form-error" role="status">
          {tried && problem ? problem : '\u00a0'}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={p.onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Apply
          </button>
        </div>
      </form>
    </dialog>
  );
}
