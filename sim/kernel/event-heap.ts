// Binary min-heap of pending events ordered by (time, sequence number), holding only numbers.
//
// Why numbers only: an object per event costs ~60 ns of allocation and GC; keeping the
// heap in parallel typed arrays (time, sequence, slot) and the callbacks in a side table
// indexed by slot keeps the hot path allocation-free. The sequence number makes ties
// first-in-first-out and the run deterministic — never a string or a random tie-break.

/**
 * The min-heap of pending events that `Simulation` keeps, ordered by (time, sequence number) and
 * holding only numbers; model code rarely needs it directly.
 */
export class EventHeap {
  private times: Float64Array;
  private seqs: Float64Array;
  private slots: Int32Array;
  private n = 0;

  constructor(initialCapacity = 1024) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.slots = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.n;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.times[0] : Infinity;
  }

  /** Slot of the earliest event; only valid when size > 0. */
  peekSlot(): number {
    return this.slots[0];
  }

  push(time: number, seq: number, slot: number): void {
    if (this.n === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    let i = this.n++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p];
      if (pt < time || (pt === time && seqs[p] < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[p];
      slots[i] = slots[p];
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** Removes the earliest event and returns its slot. Caller checks size > 0 first. */
  pop(): number {
    const times = this.times;
    const seqs = this.seqs;
    const slots = this.slots;
    const top = slots[0];
    const last = --this.n;
    if (last === 0) return top;
    const time = times[last];
    const seq = seqs[last];
    const slot = slots[last];
    let i = 0;
    const half = last >> 1;
    // Sift down the former last element from the root.
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c];
      let cs = seqs[c];
      const r = c + 1;
      if (r < last) {
        const rt = times[r];
        if (rt < ct || (rt === ct && seqs[r] < cs)) {
          c = r;
          ct = rt;
          cs = seqs[r];
        }
      }
      if (time < ct || (time === ct && seq < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      slots[i] = slots[c];
      i = c;
    }
    times[i] = time;
    seqs[i] = seq;
    slots[i] = slot;
    return top;
  }

  clear(): void {
    this.n = 0;
  }

  private grow(): void {
    const cap = this.times.length * 2;
    const t = new Float64Array(cap);
    t.set(this.times);
    const s = new Float64Array(cap);
    s.set(this.seqs);
    const sl = new Int32Array(cap);
    sl.set(this.slots);
    this.times = t;
    this.seqs = s;
    this.slots = sl;
  }
}
