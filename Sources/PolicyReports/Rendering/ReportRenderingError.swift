/// Why a report could not be rendered.
public enum ReportRenderingError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A built-in template failed to compile (a bug in this module, not in the input).
  case invalidTemplate(name: String, reason: String)

  public var description: String {
    switch self {
    case .invalidTemplate(let name, let reason):
      return "the built-in '\(name)' report template does not compile: \(reason)"
    }
  }
}
