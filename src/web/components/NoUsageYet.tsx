// A brand-new account: no zeros, no "0% utilization" or efficiency score from nothing - what
// will appear here, how the first event arrives, and the API docs.
import { Trans, useTranslation } from 'react-i18next';

export function NoUsageYet({ userId, planName }: { userId: string | null; planName: string }) {
  const { t } = useTranslation();
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
      <h2 id="no-usage-title">{t('noUsage.title')}</h2>
      <p>
        <Trans
          i18nKey="noUsage.plan"
          values={{ plan: planName }}
          components={{ strong: <strong /> }}
        />
      </p>
      <p>
        <Trans i18nKey="noUsage.direct" components={{ code: <code /> }} />
      </p>
      <pre className="code-block">
        <code>{`curl -X POST ${window.location.origin}/api/usage/events \\
  -H 'authorization: Bearer INGEST_TOKEN' \\
  -H 'content-type: application/json' \\
  -d '${example.replace(/\n\s*/g, ' ')}'`}</code>
      </pre>
      <p>
        <Trans i18nKey="noUsage.docs" components={{ docs: <a href="/docs" /> }} />
      </p>
    </section>
  );
}
