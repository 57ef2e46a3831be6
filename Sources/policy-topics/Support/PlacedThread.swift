import CAffinity
import Foundation

/// Starts helper threads on a core other than the starting thread's.
///
/// A new thread is queued where the scheduler decides, and on the virtual machines this was
/// measured on it often decided on the starting thread's own core: busy, so the new thread
/// waited there for the next load balancing, 2–3 ms later (a two-thread `tag` of xwlb-2019
/// takes about 45 ms). Starting it on another allowed core runs it within 0.2 ms. Only the
/// start is placed: the thread takes back every allowed core before its body runs, so the
/// scheduler still moves it as it sees fit.
enum PlacedThread {
  /// Runs `body` on a new detached thread, started on the `away`-th allowed core after the
  /// caller's (see `policy_topics_start_thread`), named `name` (at most 15 bytes are kept).
  static func start(away: Int, name: String, _ body: @escaping @Sendable () -> Void) {
    let job = Unmanaged.passRetained(Job(name: name, body: body)).toOpaque()
    let status = policy_topics_start_thread(
      { context in
        guard let context else { return }
        Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
      }, job, Int32(away), name)
    guard status != 0 else { return }
    // No placed thread (resources exhausted?): start one the ordinary way.
    let failed = Unmanaged<Job>.fromOpaque(job).takeRetainedValue()
    let thread = Thread(block: failed.body)
    thread.name = failed.name
    thread.start()
  }

  /// A thread's body and name, handed to the C start routine.
  private final class Job: Sendable {
    let name: String
    let body: @Sendable () -> Void
    init(name: String, body: @escaping @Sendable () -> Void) {
      self.name = name
      self.body = body
    }
  }
}
