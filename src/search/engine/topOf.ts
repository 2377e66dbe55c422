/**
 * The first `n` of `items` in the order `compare` gives, without sorting them all: a page of ten
 * out of ten thousand hits keeps a heap of ten (`compare` must order any two items apart).
 */
export const topOf = <T>(items: T[], n: number, compare: (a: T, b: T) => number): T[] => {
  if (n <= 0) return []
  if (items.length <= n * 4) return [...items].sort(compare).slice(0, n)
  // A heap of the best n so far with the worst at its root.
  const heap: T[] = []
  const worse = (i: number, j: number) => compare(heap[i], heap[j]) > 0
  const swap = (i: number, j: number) => {
    const held = heap[i]
    heap[i] = heap[j]
    heap[j] = held
  }
  const down = (from: number) => {
    for (let i = from; ;) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < heap.length && worse(left, worst)) worst = left
      if (right < heap.length && worse(right, worst)) worst = right
      if (worst === i) return
      swap(i, worst)
      i = worst
    }
  }
  for (const item of items) {
    if (heap.length < n) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item
      down(0)
    }
  }
  return heap.sort(compare)
}
