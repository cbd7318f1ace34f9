import cliProgress from 'cli-progress';

/** A progress bar on stderr (so stdout stays clean for piping); a no-op when not a terminal. */
export function progressBar(label: string) {
  if (!process.stderr.isTTY) {
    let last = -1;
    return {
      update(done: number, total: number) {
        const pct = total ? Math.floor((done / total) * 10) : 10;
        if (pct !== last) console.error(`${label}: ${done}/${total}`);
        last = pct;
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}
