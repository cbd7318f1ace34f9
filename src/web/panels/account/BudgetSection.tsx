// The monthly spend budget: its amount in the plan's currency, the shares of it that raise an
// alert, and whether the projected bill passing it raises one. Alerts go out with the limit alerts.
import { useEffect, useId, useState } from 'react';
import type { CostView } from '../../../contracts/cost.js';
import { money } from '../../lib/money.js';
import { parseThresholds } from './AlertsSection.js';
import { api, errorText, useChange, useSettings } from './common.js';

const COST = '/api/usage/cost';
const PATH = '/api/usage/budget';

export function BudgetSection({ token, user }: { token: string; user: string }) {
  const id = useId();
  const q = useSettings<CostView>(token, user, COST);
  const cost = q.data && !q.data.absent ? q.data.data : null;
  const [amount, setAmount] = useState('');
  const [thresholds, setThresholds] = useState('80, 100');
  const [forecast, setForecast] = useState(true);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const budget = cost?.budget ?? null;
  useEffect(() => {
    if (!budget) return;
    setAmount(String(budget.amount));
    setThresholds(budget.thresholds.join(', '));
    setForecast(budget.forecast);
  }, [budget]);
  const save = useChange(token, user, [COST, '/api/usage/features'], (t, body: object) =>
    api.send<{ budget: CostView['budget'] }>(t, 'PUT', PATH, body),
  );
  if (!cost) return null;
  const currency = cost.currency;

  return (
    <section className="account-part" aria-labelledby={`${id}-h`} data-testid="budget-section">
      <h3 id={`${id}-h`}>Spend budget</h3>
      <p className="muted">
        {budget
          ? `${money(budget.amount, currency)} a month; ${money(cost.accrued?.total ?? 0, currency)} spent this billing period.`
          : 'No budget set. Alerts reach you by email and webhook, like limit alerts.'}
      </p>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(amount.replace(',', '.'));
          const t = parseThresholds(thresholds);
          if (!Number.isFinite(n) || n < 0.01) {
            setInvalid(`The budget is an amount in ${currency}, such as 100.`);
            return;
          }
          if (!t) {
            setInvalid('Thresholds are percentages of the budget, such as 80, 100.');
            return;
          }
          setInvalid(null);
          setSaved(null);
          save.mutate(
            { amount: n, thresholds: t, forecast },
            { onSuccess: () => setSaved('Budget saved.') },
          );
        }}
      >
        <label className="field">
          Monthly budget ({currency})
          <input
            type="text"
            inputMode="decimal"
            name="budget-amount"
            value={amount}
            placeholder="100"
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={invalid ? true : undefined}
          />
        </label>
        <label className="field">
          Alert at (% of the budget)
          <input
            type="text"
            inputMode="numeric"
            name="budget-thresholds"
            value={thresholds}
            onChange={(e) => setThresholds(e.target.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={forecast}
            onChange={(e) => setForecast(e.target.checked)}
          />
          Alert when the projected bill is over the budget
        </label>
        <div className="inline-form">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            Save budget
          </button>
          {budget ? (
            <button
              type="button"
              className="btn"
              disabled={save.isPending}
              onClick={() => {
                setSaved(null);
                save.mutate(
                  { amount: null },
                  {
                    onSuccess: () => {
                      setAmount('');
                      setSaved('Budget removed.');
                    },
                  },
                );
              }}
            >
              Remove budget
            </button>
          ) : null}
          <span role="status" className="muted">
            {saved ?? ''}
          </span>
        </div>
        {invalid || errorText(save.error) ? (
          <p className="form-error" role="alert">
            {invalid ?? errorText(save.error)}
          </p>
        ) : null}
      </form>
    </section>
  );
}
