import ArgumentParser
import Foundation
import PolicyCore
import PolicyIO

/// Collects rejected records: prints each on stderr as it happens and decides the exit code.
///
/// A record that cannot be used is *rejected* (exit status 2 at the end: the job ran, some
/// records were skipped). An input that cannot be read at all or in full — a path that does
/// not exist, a directory that cannot be listed, a damaged gzip stream — is an *error* (exit
/// status 1), though the other inputs are still processed: a script must be able to tell "one
/// bad line among thousands" from "the input was not there".
final class Diagnostics: @unchecked Sendable {
  private(set) var rejected = 0
  /// How many of the rejections were inputs that could not be read.
  private(set) var unreadableInputs = 0
  /// Whether any record was rejected as not UTF-8 (the summary then names `--encoding`).
  private var sawInvalidUTF8 = false
  private let lock = NSLock()
  private let quietAfter = 200
  /// The encoding the inputs are read in (bytes that do not decode are named after it).
  private let encoding: InputEncoding

  init(encoding: InputEncoding = .utf8) {
    self.encoding = encoding
  }

  /// Records a rejection and prints it. Past the first 200 rejected records only their count
  /// is kept; an input that could not be read is always printed, however many records came
  /// before it (a damaged gzip stream can first yield hundreds of garbled lines).
  func reject(_ error: InputError) {
    let isUnreadable: Bool
    if case .unreadable = error { isUnreadable = true } else { isUnreadable = false }
    lock.lock()
    rejected += 1
    if case .invalidUTF8 = error { sawInvalidUTF8 = true }
    if isUnreadable { unreadableInputs += 1 }
    let records = rejected - unreadableInputs
    lock.unlock()
    if isUnreadable || records <= quietAfter {
      // Read through a converter, text that does not decode is not valid in that encoding.
      if case .invalidUTF8(let location) = error, encoding != .utf8 {
        StandardError.write("policy-topics: \(location): not valid \(encoding.rawValue) text; record skipped\n")
      } else {
        StandardError.write("policy-topics: \(error)\n")
      }
    } else if records == quietAfter + 1 {
      StandardError.write(
        "policy-topics: more rejected records follow; only their count is shown from here (unreadable inputs are still named)\n"
      )
    }
  }

  /// Prints a summary and throws exit code 1 when an input could not be read, 2 when records
  /// were rejected.
  func finish(_ what: String) throws {
    guard rejected > 0 else { return }
    if sawInvalidUTF8 {
      StandardError.write(
        encoding == .utf8
          ? "policy-topics: input that is not UTF-8 may be GBK or GB18030 text: read it with --encoding gb18030\n"
          : "policy-topics: these records are not valid \(encoding.rawValue) text; if they are UTF-8, leave out --encoding\n"
      )
    }
    let records = rejected - unreadableInputs
    if unreadableInputs > 0 {
      let also = records > 0 ? "; \(records) record(s) rejected" : ""
      StandardError.write("policy-topics: \(what); \(unreadableInputs) input(s) could not be read\(also) (see above)\n")
      throw ExitCode.failure
    }
    StandardError.write("policy-topics: \(what); \(rejected) record(s) rejected (see above)\n")
    throw ExitCode(2)
  }
}

enum StandardError {
  static func write(_ s: String) {
    // write(2), not FileHandle: FileHandle traps when the write fails (standard error closed,
    // or a full disk), and a message that cannot be shown is no reason to crash.
    _ = Array(s.utf8).withUnsafeBytes { FileBytes.writeAll($0, to: 2) }
  }
  static var isTerminal: Bool { isatty(2) != 0 }
}
