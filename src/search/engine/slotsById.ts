/** FNV-1a over the text's UTF-16 code units: ids are short, so this is cheap. */
const hashOf = (text: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

const EMPTY = -1

/**
 * Document id → its live slot, for hundreds of thousands of documents without a key string each on
 * the heap: a hash table in two typed arrays (the slot, the id's hash) with linear probing, which
 * reads a candidate's id back from where the index already keeps it (`idOf`, the slots' text
 * column) only when the hashes agree. At most half full; a removal shifts the entries after it back,
 * so no entry is ever left unfindable behind a hole.
 */
export class SlotsById {
  private slots: Int32Array = new Int32Array(1024).fill(EMPTY)
  private hashes: Uint32Array = new Uint32Array(1024)
  private count = 0

  constructor(private readonly idOf: (slot: number) => string) {}

  /** The slot of `id` (undefined: none). */
  get(id: string): number | undefined {
    const at = this.find(id, hashOf(id))
    return this.slots[at] === EMPTY ? undefined : this.slots[at]
  }

  /** Records `slot` as `id`'s (replacing the one it had); `idOf(slot)` must already read `id`. */
  set(id: string, slot: number): void {
    const hash = hashOf(id)
    const at = this.find(id, hash)
    if (this.slots[at] === EMPTY) {
      this.count++
      this.hashes[at] = hash
    }
    this.slots[at] = slot
    if (this.count * 2 > this.slots.length) this.resize(this.slots.length * 2)
  }

  delete(id: string): void {
    let hole = this.find(id, hashOf(id))
    if (this.slots[hole] === EMPTY) return
    this.slots[hole] = EMPTY
    this.count--
    const mask = this.slots.length - 1
    // Entries after the hole, up to the next empty place, move into it unless their own place
    // lies cyclically after the hole (they are then found before reaching it).
    for (let next = (hole + 1) & mask; this.slots[next] !== EMPTY; next = (next + 1) & mask) {
      const home = this.hashes[next] & mask
      const stays = hole <= next ? hole < home && home <= next : hole < home || home <= next
      if (stays) continue
      this.slots[hole] = this.slots[next]
      this.hashes[hole] = this.hashes[next]
      this.slots[next] = EMPTY
      hole = next
    }
  }

  get size(): number {
    return this.count
  }

  /** Where `id` is, or the empty place where it would go. */
  private find(id: string, hash: number): number {
    const mask = this.slots.length - 1
    let at = hash & mask
    while (
      this.slots[at] !== EMPTY &&
      !(this.hashes[at] === hash && this.idOf(this.slots[at]) === id)
    )
      at = (at + 1) & mask
    return at
  }

  private resize(length: number): void {
    const { hashes, slots } = this
    this.slots = new Int32Array(length).fill(EMPTY)
    this.hashes = new Uint32Array(length)
    const mask = length - 1
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] === EMPTY) continue
      let at = hashes[i] & mask
      while (this.slots[at] !== EMPTY) at = (at + 1) & mask
      this.slots[at] = slots[i]
      this.hashes[at] = hashes[i]
    }
  }
}
