import { grown } from './slotColumns'

/** Bytes a column starts with; it doubles as it fills. */
const FIRST_BYTES = 64 * 1024

/**
 * A text for each position, all in one buffer outside the JavaScript heap (UTF-8, each text
 * between two offsets): hundreds of thousands of short strings the garbage collector would walk
 * on every full collection, while the server answers other reads, become two typed arrays and a
 * buffer it does not look into. A text is read back as a new string (a search reads those of its
 * page and its matches, not all). Positions are written once, in any order; `compact` drops the
 * bytes of the positions no longer used.
 */
export class TextColumn {
  private bytes: Buffer = Buffer.allocUnsafe(FIRST_BYTES)
  private used = 0
  /** Position p's text is `bytes` from `from[p]` to `to[p]`. */
  private from: Int32Array = new Int32Array(1024)
  private to: Int32Array = new Int32Array(1024)
  /** One past the last position written. */
  private positions = 0

  /** Position `position`'s text ('' if never written). */
  get(position: number): string {
    if (position >= this.from.length) return ''
    return this.bytes.toString('utf8', this.from[position], this.to[position])
  }

  /** The buffer's length, and how much of it texts use. */
  sizes(): { bytes: number; used: number } {
    return { bytes: this.bytes.length, used: this.used }
  }

  /** Writes `text` at `position` (its previous text's bytes are left until `compact`). */
  set(position: number, text: string): void {
    const length = Buffer.byteLength(text)
    if (this.used + length > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(
        Math.max(this.used + length, this.bytes.length * 2, FIRST_BYTES),
      )
      bigger.set(this.bytes.subarray(0, this.used))
      this.bytes = bigger
    }
    this.from = grown(this.from, position + 1)
    this.to = grown(this.to, position + 1)
    this.positions = Math.max(this.positions, position + 1)
    this.from[position] = this.used
    this.used += this.bytes.write(text, this.used)
    this.to[position] = this.used
  }

  /** Keeps the texts of the positions `live` accepts (the others read as ''), and trims. */
  compact(live: (position: number) => boolean): void {
    // Bytes are in the order of their writes: moving each kept text down, in that order, in place.
    const byStart = Array.from({ length: this.positions }, (_, p) => p)
      .filter((p) => this.to[p] > this.from[p])
      .sort((x, y) => this.from[x] - this.from[y])
    let used = 0
    for (const p of byStart) {
      const length = this.to[p] - this.from[p]
      if (live(p)) {
        this.bytes.copyWithin(used, this.from[p], this.to[p])
        this.from[p] = used
        used += length
        this.to[p] = used
      } else this.to[p] = this.from[p] = 0
    }
    this.used = used
    this.trim()
  }

  /** Gives back the room the buffer and the offsets hold beyond what is written (after a build). */
  trim(): void {
    if (this.bytes.length > this.used) {
      const smaller = Buffer.allocUnsafe(this.used)
      smaller.set(this.bytes.subarray(0, this.used))
      this.bytes = smaller
    }
    this.from = this.from.slice(0, this.positions)
    this.to = this.to.slice(0, this.positions)
  }
}
