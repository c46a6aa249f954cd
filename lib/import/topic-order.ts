/**
 * The order to create new topics in, so that an exported file imported into an empty ledger
 * exports again with each record's topics in the same order. The export lists a forecast's
 * topics in the order of their ids in the source ledger; every record's list is therefore a
 * chain of "comes before" constraints, and a topological order of them (ties by first
 * appearance) reproduces it. Lists that contradict each other (a cycle) fall back to first
 * appearance for the topics involved.
 */
export function topicOrder(lists: readonly (readonly string[])[]): string[] {
  const appearance: string[] = [];
  const seen = new Set<string>();
  const after = new Map<string, Set<string>>();
  const indegree = new Map<string, number>();
  for (const list of lists) {
    for (const t of list) {
      if (!seen.has(t)) {
        seen.add(t);
        appearance.push(t);
        after.set(t, new Set());
        indegree.set(t, 0);
      }
    }
    for (let i = 0; i + 1 < list.length; i++) {
      const [a, b] = [list[i]!, list[i + 1]!];
      if (a === b || after.get(a)!.has(b)) continue;
      after.get(a)!.add(b);
      indegree.set(b, indegree.get(b)! + 1);
    }
  }
  const out: string[] = [];
  const done = new Set<string>();
  while (out.length < appearance.length) {
    // The first topic (by appearance) nothing else must precede; on a cycle, the first left.
    const next = appearance.find((t) => !done.has(t) && indegree.get(t) === 0) ?? appearance.find((t) => !done.has(t))!;
    done.add(next);
    out.push(next);
    for (const b of after.get(next)!) indegree.set(b, indegree.get(b)! - 1);
  }
  return out;
}
