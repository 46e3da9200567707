/** The flat unit list as a tree (the API lists units with their parentId), in the server's order. */
import type { Unit } from '../../api/org-types';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

export function unitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId === null ? undefined : nodes.get(node.unit.parentId);
    // A unit whose parent is not in the list (filtered out, say) stands at the top rather than vanishing.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of every unit with children: what "expand all" opens. */
export function branchIds(nodes: readonly UnitNode[]): number[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.unit.id, ...branchIds(n.children)] : []));
}

/** The units whose name or short name contains `needle`, and the ancestors that lead to them. */
export function matchingBranches(units: readonly Unit[], needle: string): { matches: Set<number>; shown: Set<number> } {
  const q = needle.trim().toLowerCase();
  const byId = new Map(units.map((u) => [u.id, u]));
  const matches = new Set<number>();
  const shown = new Set<number>();
  if (!q) return { matches, shown: new Set(byId.keys()) };
  for (const unit of units) {
    if (!unit.name.toLowerCase().includes(q) && !(unit.shortName ?? '').toLowerCase().includes(q)) continue;
    matches.add(unit.id);
    for (let at: Unit | undefined = unit; at && !shown.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId)) shown.add(at.id);
  }
  return { matches, shown };
}
