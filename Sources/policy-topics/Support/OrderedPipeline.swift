import Foundation

/// Runs units of work on `jobs` threads — the caller's and `jobs - 1` workers — while the
/// caller goes on producing them, and hands each result to `deliver` in submission order,
/// one at a time.
///
/// Reading the input (the caller), tagging (everyone) and writing (whoever completes the next
/// unit in order) overlap. The caller keeps a few units queued for the workers, so a worker
/// that finishes one starts the next at once, and otherwise runs the unit it has just read
/// itself: no more threads are busy than `jobs`, the caller never sleeps while there is work
/// (on two cores a third, mostly idle reader thread cost more in hand-overs and cache
/// traffic than it saved), and a unit the caller runs is tagged on the core that read it. At
/// most `window` units are submitted but not yet delivered, so memory stays bounded whatever
/// the input size.
final class OrderedPipeline<Output>: @unchecked Sendable {
  /// Guards the queue and the counts below; workers wait on it for work, the caller for room.
  private let state = NSCondition()
  private var queue: [(index: Int, work: @Sendable () -> Output)?] = []
  private var queueHead = 0
  private var submitted = 0
  private var delivered = 0
  private var callerWaiting = false
  private var closed = false
  private var liveWorkers = 0
  private let window: Int
  /// Units kept queued for the workers before the caller runs one itself.
  private let queueDepth: Int

  /// Guards the finished outputs and the order of delivery.
  private let delivery = NSLock()
  private var finished: [Int: Output] = [:]
  private var nextToDeliver = 0
  private let deliver: (Output) -> Void

  /// Creates a pipeline and starts its `jobs - 1` worker threads; `deliver` runs on them and
  /// on the caller's thread, one call at a time, in submission order.
  init(jobs: Int, window: Int, deliver: @escaping (Output) -> Void) {
    self.window = max(jobs, window)
    self.deliver = deliver
    liveWorkers = max(0, jobs - 1)
    queueDepth = 2 * liveWorkers
    for worker in 0..<liveWorkers {
      PlacedThread.start(away: worker + 1, name: "pt-worker-\(worker + 1)") { [self] in work() }
    }
  }

  /// Queues `work` for a worker, or runs it on this thread when enough units are queued
  /// already; first blocks while `window` units are submitted but not yet delivered.
  func submit(_ work: @escaping @Sendable () -> Output) {
    state.lock()
    precondition(!closed, "submit after finish")
    if submitted - delivered >= window {
      callerWaiting = true
      while callerWaiting { state.wait() }
    }
    let index = submitted
    submitted += 1
    if queue.count - queueHead < queueDepth {
      queue.append((index, work))
      state.signal()
      state.unlock()
      return
    }
    state.unlock()
    complete(index, work())
  }

  /// Runs what is still queued (with the workers), then waits until every submitted unit
  /// has been delivered and the workers have stopped.
  func finish() {
    state.lock()
    closed = true
    state.broadcast()
    state.unlock()
    while let (index, unit) = take(waiting: false) { complete(index, unit()) }
    state.lock()
    defer { state.unlock() }
    while liveWorkers > 0 { state.wait() }
  }

  /// A worker thread's loop: take the oldest queued unit and run it, until the pipeline is
  /// finished and drained.
  private func work() {
    while let (index, unit) = take(waiting: true) { complete(index, unit()) }
    state.lock()
    liveWorkers -= 1
    state.broadcast()
    state.unlock()
  }

  /// Stores a unit's output and delivers every output that is next in order.
  private func complete(_ index: Int, _ output: Output) {
    delivery.lock()
    finished[index] = output
    var count = 0
    while let next = finished.removeValue(forKey: nextToDeliver) {
      deliver(next)
      nextToDeliver += 1
      count += 1
    }
    delivery.unlock()
    if count > 0 { noteDelivered(count) }
  }

  /// The oldest queued unit; when none is queued, waits for one if `waiting`, and returns
  /// nil once the pipeline is finished (at once if not `waiting`).
  private func take(waiting: Bool) -> (Int, @Sendable () -> Output)? {
    state.lock()
    defer { state.unlock() }
    while queueHead == queue.count {
      if closed || !waiting { return nil }
      state.wait()
    }
    // Taken slots are cleared at once (a unit's input is freed when it has run) and dropped
    // in batches, so the queue never holds more than about a window of slots.
    guard let unit = queue[queueHead] else { preconditionFailure("queued unit taken twice") }
    queue[queueHead] = nil
    queueHead += 1
    if queueHead >= 32 || queueHead == queue.count {
      queue.removeFirst(queueHead)
      queueHead = 0
    }
    return unit
  }

  /// Counts delivered units; wakes the caller once no more than half the window is in flight.
  private func noteDelivered(_ count: Int) {
    state.lock()
    defer { state.unlock() }
    delivered += count
    if callerWaiting && submitted - delivered <= window / 2 {
      callerWaiting = false
      state.broadcast()
    }
  }
}
