/**
 * For each report, the `size` peers with the most agreeing MinHash bins offered so far: more
 * agreements first, equal agreements the lower index first, whatever order they came in. Kept
 * in typed arrays, one slot range per report, so that the hundreds of thousands of offers of a
 * province allocate nothing; and each list says how many agreements a peer needs to enter it,
 * so that a pair's estimate can stop as soon as it cannot enter either.
 */
export class NearestLists {
  private readonly peers: Int32Array;
  private readonly agreements: Int32Array;
  private readonly lengths: Int32Array;

  constructor(
    reports: number,
    private readonly size: number,
  ) {
    this.peers = new Int32Array(reports * size);
    this.agreements = new Int32Array(reports * size);
    this.lengths = new Int32Array(reports);
  }

  /** The fewest agreements with which `peer` enters `report`'s list: 0 while it is not full. */
  need(report: number, peer: number): number {
    if (this.lengths[report] < this.size) return 0;
    const last = report * this.size + this.size - 1;
    return this.agreements[last] + +(peer > this.peers[last]);
  }

  offer(report: number, peer: number, agreements: number): void {
    if (agreements < this.need(report, peer)) return;
    const first = report * this.size;
    let slot = first + Math.min(this.lengths[report], this.size - 1);
    this.lengths[report] = Math.min(this.lengths[report] + 1, this.size);
    for (; slot > first && this.nearer(agreements, peer, slot - 1); slot--) {
      this.peers[slot] = this.peers[slot - 1];
      this.agreements[slot] = this.agreements[slot - 1];
    }
    this.peers[slot] = peer;
    this.agreements[slot] = agreements;
  }

  /** The report's peers as indices in ascending order. */
  peersOf(report: number): number[] {
    const first = report * this.size;
    return [...this.peers.subarray(first, first + this.lengths[report])].sort((a, b) => a - b);
  }

  private nearer(agreements: number, peer: number, slot: number): boolean {
    return agreements > this.agreements[slot] || (agreements === this.agreements[slot] && peer < this.peers[slot]);
  }
}
