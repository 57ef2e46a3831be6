import Foundation

/// A progress line on stderr (only when stderr is a terminal).
final class Progress {
  let enabled: Bool
  let started = Date()
  private(set) var articles = 0
  private var bytes = 0

  init(enabled: Bool) { self.enabled = enabled }

  func advance(articles count: Int, bytes written: Int) {
    articles += count
    bytes += written
    guard enabled else { return }
    let seconds = max(Date().timeIntervalSince(started), 1e-6)
    StandardError.write(
      String(
        format: "\r%d articles, %.1f MB written, %.1f MB/s", articles, Double(bytes) / 1e6,
        Double(bytes) / 1e6 / seconds))
  }

  func finish() {
    if enabled { StandardError.write("\n") }
  }
}
