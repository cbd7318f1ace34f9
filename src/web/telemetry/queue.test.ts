import { describe, expect, it } from 'vitest';
import { TelemetryQueue, type TelemetryEnv } from './queue.js';

function env(answer: Awaited<ReturnType<TelemetryEnv['post']>>, token: string | null = 'tok') {
  const bodies: {
    sessionId: string;
    events: { name: string; detail?: string; value?: number }[];
  }[] = [];
  const e: TelemetryEnv = {
    now: () => Date.parse('2026-11-28T12:00:00Z'),
    token: () => token,
    post: async (body) => {
      bodies.push(JSON.parse(body));
      return answer;
    },
  };
  return { e, bodies };
}

describe('the telemetry queue', () => {
  it('sends batches of at most 50 with the session id', async () => {
    const { e, bodies } = env({ recorded: 50, ignored: null });
    const q = new TelemetryQueue(e, 'session-1234');
    for (let i = 0; i < 120; i++) q.track('section.view', { section: 'monthly' });
    await q.flush();
    expect(bodies.map((b) => b.events.length)).toEqual([50, 50, 20]);
    expect(bodies[0]!.sessionId).toBe('session-1234');
  });

  it('keeps events until there is a token, and drops what is not enumerated', async () => {
    const { e, bodies } = env({ recorded: 1, ignored: null }, null);
    const q = new TelemetryQueue(e, 'session-1234');
    q.track('export', { detail: 'https://x.example/?q=1' });
    q.track('page.visible', { value: 1e12 });
    await q.flush();
    expect(bodies).toEqual([]);
    expect(q.pending()).toBe(2);
  });

  it('stops for good when the server says telemetry is off or the browser opted out', async () => {
    const { e, bodies } = env({ recorded: 0, ignored: 'disabled' });
    const q = new TelemetryQueue(e, 'session-1234');
    q.track('page.view');
    q.track('export', { detail: 'csv' });
    await q.flush();
    q.track('page.view');
    await q.flush();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.events[1]).toMatchObject({ name: 'export', detail: 'csv' });
    expect(q.stopped).toBe(true);
    expect(q.pending()).toBe(0);
  });

  it('bounds values and the events of one page load', async () => {
    const { e, bodies } = env({ recorded: 50, ignored: null });
    const q = new TelemetryQueue(e, 'session-1234');
    q.track('page.visible', { value: 1e12 });
    for (let i = 0; i < 2000; i++) q.track('perf.api', { value: 10, detail: 'history' });
    await q.flush();
    expect(bodies[0]!.events[0]!.value).toBe(3_600_000);
    expect(bodies.flatMap((b) => b.events)).toHaveLength(1000);
  });
});
