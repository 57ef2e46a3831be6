/// Why the article store could not be used.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// The database file could not be opened (missing, unreadable, not a database).
  case cannotOpen(path: String, reason: String)
  /// The database was written by a newer version of policy-topics.
  case newerSchema(path: String)
  /// Writing failed (read-only file, disk full, locked).
  case writeFailed(path: String, reason: String)
  /// The store has no tagging yet (nothing ingested).
  case empty(path: String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open the article store: \(reason)"
    case .newerSchema(let path):
      return
        "\(path): the store was created by a newer policy-topics (unknown schema migrations); upgrade policy-topics"
    case .writeFailed(let path, let reason): return "\(path): cannot write to the article store: \(reason)"
    case .empty(let path): return "\(path): the store has no tagged articles yet; run `policy-topics ingest` first"
    }
  }
}
