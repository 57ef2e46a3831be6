import Dispatch
import Foundation

/// Runs units of work on `jobs` threads while the caller goes on producing them, and hands
/// each result to `deliver` in submission order, one at a time.
///
/// Reading the input (the caller's thread), tagging (the workers) and writing (whichever
/// worker completes the next unit in order) overlap, so two cores do nearly twice the work of
/// one. At most `jobs` units run at once, and at most `window` are submitted but not yet
/// delivered, so memory stays bounded whatever the input size.
final class OrderedPipeline<Output>: @unchecked Sendable {
  private let queue = DispatchQueue(label: "policy-topics.workers", attributes: .concurrent)
  private let group = DispatchGroup()
  private let running: DispatchSemaphore
  private let window: DispatchSemaphore
  private let lock = NSLock()
  private var submitted = 0
  private var nextToDeliver = 0
  private var finished: [Int: Output] = [:]
  private let deliver: (Output) -> Void

  /// Creates a pipeline; `deliver` runs under the pipeline's lock, in submission order.
  init(jobs: Int, window: Int, deliver: @escaping (Output) -> Void) {
    running = DispatchSemaphore(value: max(1, jobs))
    self.window = DispatchSemaphore(value: max(jobs, window))
    self.deliver = deliver
  }

  /// Starts `work` as soon as a worker and a window slot are free (blocks until then).
  func submit(_ work: @escaping @Sendable () -> Output) {
    window.wait()
    running.wait()
    let index = submitted
    submitted += 1
    queue.async(group: group) {
      let output = work()
      self.running.signal()
      self.lock.lock()
      defer { self.lock.unlock() }
      self.finished[index] = output
      while let next = self.finished.removeValue(forKey: self.nextToDeliver) {
        self.deliver(next)
        self.nextToDeliver += 1
        self.window.signal()
      }
    }
  }

  /// Waits until every submitted unit has been delivered.
  func finish() {
    group.wait()
  }
}
