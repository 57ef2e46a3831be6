import PolicyIO

/// Groups input items into units of work and runs them in input order: in turn on this thread
/// with one job, on an ``OrderedPipeline`` (this thread reading and processing, beside
/// `jobs - 1` workers) with more.
///
/// A unit ends at ``TaggingPool/unitSize`` records or ``TaggingPool/unitBytes`` bytes of
/// input, whichever comes first, so the units in flight hold a bounded amount of text even
/// when every record is huge.
final class UnitStream<Output> {
  private let process: @Sendable ([InputItem]) -> Output
  private let deliver: (Output) -> Void
  private let pipeline: OrderedPipeline<Output>?
  private var pending: [InputItem] = []
  private var pendingBytes = 0

  /// Creates a stream; `deliver` gets each unit's output in input order, one at a time.
  init(jobs: Int, process: @escaping @Sendable ([InputItem]) -> Output, deliver: @escaping (Output) -> Void) {
    self.process = process
    self.deliver = deliver
    pipeline = jobs > 1 ? OrderedPipeline(jobs: jobs, window: jobs * 4, deliver: deliver) : nil
    pending.reserveCapacity(TaggingPool.unitSize)
  }

  /// Adds an item, starting its unit when the unit is full.
  func add(_ item: InputItem) {
    pending.append(item)
    pendingBytes += item.byteCount
    if pending.count == TaggingPool.unitSize || pendingBytes >= TaggingPool.unitBytes { flush() }
  }

  /// Runs the last unit and waits until every output has been delivered.
  func finish() {
    flush()
    pipeline?.finish()
  }

  private func flush() {
    guard !pending.isEmpty else { return }
    let items = pending
    pending.removeAll(keepingCapacity: true)
    pendingBytes = 0
    let process = self.process
    if let pipeline { pipeline.submit { process(items) } } else { deliver(process(items)) }
  }
}
