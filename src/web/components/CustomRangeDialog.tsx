// The custom range picker: a two-month calendar and two date fields written as the rest of the app
// writes dates ("1 Sept 2026"), in a modal dialog (focus stays inside, Escape cancels). The first
// click on a day starts a new range. Loaded only when opened.
import { useEffect, useRef, useState } from 'react';
import { DayPicker, type DateRange } from 'react-day-picker';
import 'react-day-picker/style.css';
import { usePhone } from '../hooks/useMedia.js';
import { daysInclusive, isIsoDate, monthStart, shiftMonth } from '../../domain/dates.js';
import { fromPickerDate, toPickerDate } from '../lib/dates.js';
import { formatDate } from '../lib/format.js';
import { parseDateText, pickDay } from '../lib/range-pick.js';
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

export function rangeProblem(from: string, to: string, today?: string | null): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'Enter both dates, like 1 Sept 2026.';
  if (from > to) return 'The start must not be after the end.';
  if (today && to > today) return `The range must end by today, ${formatDate(today)}.`;
  if (exceedsRangeCap(from, to)) return `A range may span at most ${MAX_RANGE_YEARS} years.`;
  return null;
}

export default function CustomRangeDialog(p: CustomRangeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const phone = usePhone();
  const shown = (d: string | undefined) => (isIsoDate(d) ? formatDate(d) : '');
  const [fromText, setFromText] = useState(shown(p.initialFrom));
  const [toText, setToText] = useState(shown(p.initialTo));
  // Whether a click has started a new range and the next one ends it.
  const [started, setStarted] = useState(false);
  const [tried, setTried] = useState(false);
  const from = parseDateText(fromText) ?? '';
  const to = parseDateText(toText) ?? '';
  const problem = rangeProblem(from, to, p.today);
  const today = p.today ?? undefined;
  const tidy = (text: string, set: (t: string) => void) => {
    const d = parseDateText(text);
    if (d) set(formatDate(d));
  };

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
              type="text"
              name="from"
              value={fromText}
              placeholder="1 Sept 2026"
              autoComplete="off"
              required
              onChange={(e) => {
                setFromText(e.target.value);
                setStarted(false);
              }}
              onBlur={(e) => tidy(e.target.value, setFromText)}
            />
          </label>
          <label>
            To
            <input
              type="text"
              name="to"
              value={toText}
              placeholder="30 Sept 2026"
              autoComplete="off"
              required
              onChange={(e) => {
                setToText(e.target.value);
                setStarted(false);
              }}
              onBlur={(e) => tidy(e.target.value, setToText)}
            />
          </label>
        </div>
        <DayPicker
          mode="range"
          numberOfMonths={phone ? 1 : 2}
          defaultMonth={month}
          selected={selected}
          // The day clicked decides, not react-day-picker's own range (which extends the old one).
          onSelect={(_r, day) => {
            const next = pickDay({ from, to, started }, fromPickerDate(day));
            setFromText(shown(next.from));
            setToText(shown(next.to));
            setStarted(next.started);
          }}
          disabled={today ? { after: toPickerDate(today) } : undefined}
          weekStartsOn={1}
          labels={{ labelDayButton: dayLabel }}
        />
        <p className="range-choice" data-testid="range-choice" aria-live="polite">
          {started && from
            ? `From ${formatDate(from)}: now pick the last day.`
            : from && to && from <= to
              ? `${formatDate(from)} – ${formatDate(to)}, ${daysInclusive(from, to)} day${from === to ? '' : 's'}`
              : '\u00a0'}
        </p>
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
