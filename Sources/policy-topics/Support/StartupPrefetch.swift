import Foundation
import PolicyClassifier
import PolicyFeatures

/// Loads `tag`'s lexicons and model while the command line is still being parsed.
///
/// Start-up is serial time every `tag` run pays before the first article: about 5 ms of
/// argument parsing (swift-argument-parser reflects over the command's options) and as much
/// again of loading the lexicons and the model. When `tag` may use more than one core, `main`
/// reads `--lexicons` and `--model` straight from the arguments and starts loading them on
/// another thread. `tag` takes that result only when its parsed options name the same files,
/// and loads them itself otherwise (an option spelled in a way this scan does not read, for
/// instance), so the prefetch can only save time. With `--jobs 1` nothing starts early: one
/// job means one core.
final class StartupPrefetch: @unchecked Sendable {
  /// What is loaded: the `--lexicons` and `--model` values (nil: the default lookup).
  struct Request: Equatable {
    var lexicons: String?
    var model: String?
  }

  private let request: Request
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<(LexiconSet, TopicModel), any Error>?

  /// The prefetch `main` started, if any; set before any other thread exists, taken once.
  nonisolated(unsafe) private static var started: StartupPrefetch?

  private init(request: Request) {
    self.request = request
  }

  /// Starts loading when `arguments` (as `CommandLine.arguments`) run `tag` on more than one
  /// core, `cores` being the default number of jobs.
  static func start(arguments: [String], cores: Int) {
    guard started == nil, let request = request(in: arguments, cores: cores) else { return }
    let prefetch = StartupPrefetch(request: request)
    started = prefetch
    PlacedThread.start(away: 1, name: "pt-prefetch") {
      prefetch.result = Result {
        try Resources.lexiconsAndModel(lexicons: request.lexicons, model: request.model, parallel: true)
      }
      prefetch.done.signal()
    }
  }

  /// The lexicons and model loaded for `request`, waiting for them if need be; nil when no
  /// prefetch was started for exactly that request (then the caller loads them itself).
  static func take(_ request: Request) -> Result<(LexiconSet, TopicModel), any Error>? {
    guard let prefetch = started else { return nil }
    started = nil
    prefetch.done.wait()
    return prefetch.request == request ? prefetch.result : nil
  }

  /// The request `arguments` make, or nil when they do not run `tag` on more than one core or
  /// ask for help or the version.
  static func request(in arguments: [String], cores: Int) -> Request? {
    guard arguments.count > 1, arguments[1] == "tag" else { return nil }
    var request = Request()
    var jobs = cores
    var index = 2
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" { break }
      if ["--help", "-h", "--version", "help"].contains(argument) { return nil }
      let name: Substring
      let value: String?
      if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = argument[..<equals]
        value = String(argument[argument.index(after: equals)...])
      } else {
        name = Substring(argument)
        value = index < arguments.count ? arguments[index] : nil
        if ["--lexicons", "--model", "--jobs"].contains(name) { index += 1 }
      }
      switch name {
      case "--lexicons": request.lexicons = value
      case "--model": request.model = value
      case "--jobs": jobs = value.flatMap { Int($0) } ?? 1
      default: continue
      }
    }
    return jobs > 1 ? request : nil
  }
}
