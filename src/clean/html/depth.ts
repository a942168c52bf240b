// Nesting depth of a DOM, measured without recursion so that a pathological page cannot overflow the stack.

/** The deepest element nesting under root, counting stops once limit is passed. */
export function nestingDepth(root: Node, limit: number): number {
  let depth = 0;
  let max = 0;
  let node: Node | null = root.firstChild;
  while (node && max <= limit) {
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      if (depth > max) max = depth;
      continue;
    }
    while (node && !node.nextSibling && node !== root) {
      node = node.parentNode;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return max;
}
