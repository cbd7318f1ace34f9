// `serve --workers N`: N server processes on one port (node:cluster), each with its own worker
// loop, pool and caches; the database makes them one service (jobs claimed once, shared rate limits).
import cluster from 'node:cluster';

/**
 * In the primary: forks n copies of this command, replaces one that dies, and on SIGTERM/SIGINT
 * stops them all (each finishes its in-flight requests) before exiting. Returns false in a worker,
 * which should serve as usual.
 */
export function superviseWorkers(n: number, log: (line: string) => void = console.error): boolean {
  if (!cluster.isPrimary) return false;
  let stopping = false;
  for (let i = 0; i < n; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${n} workers...`);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return true;
}
