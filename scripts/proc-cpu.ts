/**
 * CPU time from /proc (Linux; null elsewhere), for the benchmarks' CPU columns: a process's own
 * (bench:http's server CPU per request) and that of its children that have exited and been waited
 * for (the bench generator's search-index child).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const CLOCK_TICKS = (() => {
  const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  return Number(r.stdout) || 100;
})();

/** The fields of /proc/PID/stat after the command name: index 0 is field 3 (state). */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system) a process has used so far. The server's CPU per request says what a
 * page costs the server whatever the load generator costs: on one machine autocannon shares the
 * cores, and it decodes every response body into a string (autocannon issue #485), so bigger
 * answers cost the client more than the server.
 */
export function processCpuSeconds(pid: number | undefined): number | null {
  const f = pid ? statFields(pid) : null;
  return f ? (Number(f[11]) + Number(f[12])) / CLOCK_TICKS : null; // utime, stime (fields 14 and 15)
}

/** CPU seconds this process's exited and waited-for children used (cutime, cstime: fields 16 and 17). */
export function exitedChildrenCpuSeconds(): number | null {
  const f = statFields(process.pid);
  return f ? (Number(f[13]) + Number(f[14])) / CLOCK_TICKS : null;
}
