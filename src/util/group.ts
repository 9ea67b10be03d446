/**
 * Items grouped by key: the groups in the order their keys first come, each in the items' order (what
 * Map.groupBy does, which Node 20 lacks). keysOf gives an item's keys: none leaves it out, several put it
 * in each group (an action with two owners).
 */
export function groupBy<K, V>(items: Iterable<V>, keysOf: (item: V) => readonly K[]): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
