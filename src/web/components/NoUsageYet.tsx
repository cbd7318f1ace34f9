// A brand-new account: no zeros, no "0% utilization" or efficiency score from nothing - what
// will appear here, how the first event arrives, and the API docs.
export function NoUsageYet({ userId, planName }: { userId: string | null; planName: string }) {
  const example = JSON.stringify(
    {
      events: [
        {
          id: 'evt-0001',
          userId: userId ?? 'your-user-id',
          type: 'session.created',
          occurredAt: new Date().toISOString().slice(0, 19) + 'Z',
        },
      ],
    },
    null,
    2,
  );
  return (
    <section className="panel no-usage" aria-labelledby="no-usage-title" data-testid="no-usage">
      <h2 id="no-usage-title">No usage yet</h2>
      <p>
        You are on the <strong>{planName}</strong> plan. Your history, trends, limits and forecast
        appear here as soon as the first usage event of your account is recorded: creating a
        session, processing audio, a transcription or an export on the platform.
      </p>
      <p>
        Integrating directly? Send events with <code>POST /api/usage/events</code> and an ingest
        token, for example:
      </p>
      <pre className="code-block">
        <code>{`curl -X POST ${window.location.origin}/api/usage/events \\
  -H 'authorization: Bearer INGEST_TOKEN' \\
  -H 'content-type: application/json' \\
  -d '${example.replace(/\n\s*/g, ' ')}'`}</code>
      </pre>
      <p>
        <a href="/docs">Read the API docs</a> for every event type and field.
      </p>
    </section>
  );
}
