// The custom range picker: a two-month calendar and two date fields written as the rest of the app
// writes dates ("1 Sept 2026"), in a modal dialog (focus stays inside, Escape cancels). The first
// click on a day starts a new range. Loaded only when opened.
import { useEffect, useRef, useState } from 'react';
import { DayPicker, type DateRange } from 'react-day-picker';
import { de as dayPickerDe } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../hooks/useMedia.js';
import { daysInclusive, isIsoDate, monthStart, shiftMonth } from '../../domain/dates.js';
import { fromPickerDate, toPickerDate } from '../lib/dates.js';
import { formatDate } from '../lib/format.js';
import { pageFormatTag, pageLanguage, pageT } from '../lib/locale.js';
import { parseDateText, pickDay } from '../lib/range-pick.js';
import { exceedsRangeCap, MAX_RANGE_YEARS } from '../../domain/periods.js';

export interface CustomRangeDialogProps {
  initialFrom: string | undefined;
  initialTo: string | undefined;
  today: string | null;
  onApply: (from: string, to: string) => void;
  onCancel: () => void;
}

// The calendar's month names, weekdays and its own labels in the page's language (English: its default).
const DAY_PICKER_LOCALES = { de: dayPickerDe } as const;

/** Starts with the day's number, the button's visible text (WCAG 2.5.3, label in name). */
function dayLabel(date: Date, modifiers: { selected?: boolean; today?: boolean }): string {
  const t = pageT();
  const dayName = new Intl.DateTimeFormat(pageFormatTag(), {
    weekday: 'long',
    month: 'long',
    year: 'numeric',
  });
  const parts = dayName.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const label = t('rangeDialog.dayLabel', {
    day: date.getDate(),
    month: get('month'),
    year: get('year'),
    weekday: get('weekday'),
  });
  return `${label}${modifiers.today ? t('rangeDialog.today') : ''}${
    modifiers.selected ? t('rangeDialog.selected') : ''
  }`;
}

export function rangeProblem(from: string, to: string, today?: string | null): string | null {
  const t = pageT();
  if (!isIsoDate(from) || !isIsoDate(to))
    return t('rangeDialog.bothDates', { example: formatDate('2026-09-01') });
  if (from > to) return t('rangeDialog.order');
  if (today && to > today) return t('rangeDialog.byToday', { today: formatDate(today) });
  if (exceedsRangeCap(from, to)) return t('rangeDialog.cap', { years: MAX_RANGE_YEARS });
  return null;
}

export default function CustomRangeDialog(p: CustomRangeDialogProps) {
  const { t } = useTranslation();
  const lang = pageLanguage();
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
        <h2 id="custom-range-title">{t('rangeDialog.title')}</h2>
        <div className="date-fields">
          <label>
            {t('rangeDialog.from')}
            <input
              type="text"
              name="from"
              value={fromText}
              placeholder={formatDate('2026-09-01')}
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
            {t('rangeDialog.to')}
            <input
              type="text"
              name="to"
              value={toText}
              placeholder={formatDate('2026-09-30')}
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
          {...(lang in DAY_PICKER_LOCALES
            ? { locale: DAY_PICKER_LOCALES[lang as keyof typeof DAY_PICKER_LOCALES] }
            : {})}
          labels={{ labelDayButton: dayLabel }}
        />
        <p className="range-choice" data-testid="range-choice" aria-live="polite">
          {started && from
            ? t('rangeDialog.pickLast', { from: formatDate(from) })
            : from && to && from <= to
              ? t('rangeDialog.chosen', {
                  from: formatDate(from),
                  to: formatDate(to),
                  count: daysInclusive(from, to),
                })
              : '\u00a0'}
        </p>
        <p className="form-error" role="status">
          {tried && problem ? problem : '\u00a0'}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={p.onCancel}>
            {t('rangeDialog.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('rangeDialog.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
