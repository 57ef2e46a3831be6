import Dispatch

/// Runs `body` for every index in `0..<count` on up to `jobs` threads (in turn on this thread
/// when `jobs` is 1) and returns the results in index order, whichever thread finished first.
///
/// Used wherever units of work are independent but their results must come back in input
/// order: tagging units of records, splitting a run of bulletin pages.
public func concurrentMap<T>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
  guard count > 0 else { return [] }
  let slots = ResultSlots<T>(count)
  if jobs <= 1 {
    for i in 0..<count { slots[i] = body(i) }
  } else {
    DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
  }
  return slots.values
}

/// One result slot per index. Threads write disjoint slots of a buffer allocated up front
/// (no array copy-on-write, no exclusivity check seeing two writers), and the caller reads
/// them after the threads end.
private final class ResultSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>

  init(_ count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  subscript(_ i: Int) -> T? {
    get { slots[i] }
    set { slots[i] = newValue }
  }

  /// Every slot's value (all are filled by then).
  var values: [T] { slots.compactMap { $0 } }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }
}
