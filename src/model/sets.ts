// Disjoint sets over the indexes 0..n-1, for joining groups found apart: a union keeps the smaller root, so the
// set a member ends in is named by its earliest member, whatever order the unions came in.
export class DisjointSets {
  private readonly parent: number[] = [];

  constructor(n: number) {
    for (let i = 0; i < n; i++) this.parent.push(i);
  }

  /** The root of i's set (path halving: each lookup shortens the path it walks). */
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) i = p[i] = p[p[i]!]!;
    return i;
  }

  /** Joins the sets of a and b; the root kept is the smaller. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return Math.min(ra, rb);
  }
}
