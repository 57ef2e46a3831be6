import Foundation

/// Runs units of work on `jobs` threads while the caller goes on producing them, and hands
/// each result to `deliver` in submission order, one at a time.
///
/// Reading the input (the caller's thread), tagging (the workers) and writing (whichever
/// worker completes the next unit in order) overlap. Submitted units wait in a queue that the
/// workers take from, so a worker that finishes a unit starts the next at once instead of
/// waiting for the caller to be scheduled and hand it over; the caller reads ahead until
/// `window` units are submitted but not yet delivered, then sleeps until half of them are,
/// so memory stays bounded whatever the input size and the caller wakes once per few units.
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

  /// Guards the finished outputs and the order of delivery.
  private let delivery = NSLock()
  private var finished: [Int: Output] = [:]
  private var nextToDeliver = 0
  private let deliver: (Output) -> Void

  /// Creates a pipeline and starts its `jobs` worker threads; `deliver` runs on them, one
  /// call at a time, in submission order.
  init(jobs: Int, window: Int, deliver: @escaping (Output) -> Void) {
    self.window = max(jobs, window)
    self.deliver = deliver
    liveWorkers = max(1, jobs)
    for _ in 0..<liveWorkers {
      let thread = Thread { [self] in work() }
      thread.name = "policy-topics.worker"
      thread.start()
    }
  }

  /// Queues `work`; blocks while `window` units are submitted but not yet delivered.
  func submit(_ work: @escaping @Sendable () -> Output) {
    state.lock()
    defer { state.unlock() }
    precondition(!closed, "submit after finish")
    if submitted - delivered >= window {
      callerWaiting = true
      while callerWaiting { state.wait() }
    }
    queue.append((submitted, work))
    submitted += 1
    state.signal()
  }

  /// Waits until every submitted unit has been delivered and the workers have stopped.
  func finish() {
    state.lock()
    defer { state.unlock() }
    closed = true
    state.broadcast()
    while liveWorkers > 0 { state.wait() }
  }

  /// A worker thread's loop: take the oldest queued unit, run it, deliver what is next in order.
  private func work() {
    while let (index, unit) = take() {
      let output = unit()
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
  }

  /// The oldest queued unit, waiting for one; nil once the pipeline is finished and drained.
  private func take() -> (Int, @Sendable () -> Output)? {
    state.lock()
    defer { state.unlock() }
    while queueHead == queue.count {
      if closed {
        liveWorkers -= 1
        state.broadcast()
        return nil
      }
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
