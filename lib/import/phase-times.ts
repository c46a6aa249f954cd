/**
 * The wall-clock and CPU time of each step of an import, written to stderr as one line per step
 * (`import-phase NAME WALL_S CPU_S`) when HINDSIGHT_IMPORT_TIMES is set: `npm run bench:import`
 * sets it and reports the steps. Costs nothing otherwise.
 */
const enabled = Boolean(process.env.HINDSIGHT_IMPORT_TIMES);
let wall = performance.now();
let cpu = process.cpuUsage();

/** Ends the step called `name` (the time since the previous mark) and starts the next. */
export function markPhase(name: string): void {
  if (!enabled) return;
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  process.stderr.write(`import-phase ${name} ${((now - wall) / 1000).toFixed(3)} ${((used.user + used.system) / 1e6).toFixed(3)}\n`);
  wall = now;
  cpu = process.cpuUsage();
}
