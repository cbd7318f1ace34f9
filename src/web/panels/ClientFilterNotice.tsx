// Says that the dashboard shows one client, what that leaves out, and how to see all again.
import { clientLabel } from '../charts/options-clients.js';

export function ClientFilterNotice({ client, onClear }: { client: string; onClear: () => void }) {
  return (
    <p className="notice client-notice" role="status">
      Showing <strong>{clientLabel(client)}</strong> only: the cards, charts over time, monthly bars
      and downloads. Storage, unique clients and concurrent sessions are not kept per client;
      forecasts, patterns and insights cover all clients.{' '}
      <button type="button" className="btn btn-small" onClick={onClear}>
        Show all clients
      </button>
    </p>
  );
}
