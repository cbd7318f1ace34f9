// Copies tables between two PostgreSQL databases with the same schema, row for row, through
// psql's COPY (text format, streamed). A Citus coordinator routes each copied row to the shard of
// its user_id, which the generator's set-based SQL cannot do (random() and lateral subqueries are
// not pushed down to shards).
import { spawn } from 'node:child_process';

function psql(
  url: string,
  command: string,
  stdio: ['pipe' | 'ignore', 'pipe' | 'inherit', 'inherit'],
) {
  return spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', command], { stdio });
}

function exited(p: ReturnType<typeof spawn>, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    p.once('error', reject);
    p.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what}: psql exited ${code}`)),
    );
  });
}

/** Copies every row of each table from `from` to `to` (tables must exist and be empty in `to`); returns seconds per table. */
export async function copyTables(
  from: string,
  to: string,
  tables: string[],
): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  for (const t of tables) {
    const t0 = Date.now();
    const out = psql(from, `\\copy ${t} TO STDOUT`, ['ignore', 'pipe', 'inherit']);
    const into = psql(to, `\\copy ${t} FROM STDIN`, ['pipe', 'inherit', 'inherit']);
    out.stdout!.pipe(into.stdin!);
    await Promise.all([exited(out, `read ${t}`), exited(into, `write ${t}`)]);
    seconds[t] = (Date.now() - t0) / 1000;
  }
  return seconds;
}
