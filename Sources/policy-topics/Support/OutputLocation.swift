import ArgumentParser
import Foundation

/// Checks, before any work, that an output can be written where an option puts it, and makes
/// the directories a report is written into.
///
/// Training, evaluating and reporting take seconds to minutes; an output path that cannot be
/// written (a missing or read-only directory, a file where a directory should be) is a usage
/// error found at once, not a failure after the work.
enum OutputLocation {
  /// Checks that the file `path` can be created or replaced: its directory exists and is
  /// writable, and `path` is not itself a directory.
  ///
  /// - Throws: `ValidationError` naming `option` and what is wrong.
  static func checkFile(_ path: String, option: String) throws {
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard isDirectory(directory) else {
      throw ValidationError("\(option) \(path): no directory \(directory)")
    }
    guard !isDirectory(path) else { throw ValidationError("\(option) \(path): is a directory, not a file") }
    guard FileManager.default.isWritableFile(atPath: directory) else {
      throw ValidationError("\(option) \(path): cannot write in \(directory)")
    }
  }

  /// Checks that `path` is a writable directory or can be made one: the nearest part of it that
  /// exists is a writable directory.
  ///
  /// - Parameters:
  ///   - path: The directory.
  ///   - option: The option, and `value` its value, that the messages name (`value` defaults to
  ///     `path`; a file's directory is checked for an option that names the file).
  /// - Throws: `ValidationError` naming the option and the part that is in the way.
  static func checkDirectory(_ path: String, option: String, value: String? = nil) throws {
    let value = value ?? path
    var url = URL(fileURLWithPath: path).standardizedFileURL
    while !FileManager.default.fileExists(atPath: url.path) && url.path != "/" {
      url = url.deletingLastPathComponent()
    }
    guard isDirectory(url.path) else {
      throw ValidationError("\(option) \(value): \(url.path) is a file, not a directory")
    }
    guard FileManager.default.isWritableFile(atPath: url.path) else {
      throw ValidationError("\(option) \(value): cannot write in \(url.path)")
    }
  }

  /// Makes the directory `url` and any missing parents (`mkdir -p`).
  ///
  /// - Throws: ``CommandFailure`` naming the directory that could not be made and why.
  static func makeDirectory(_ url: URL) throws {
    let path = url.standardizedFileURL.path
    if isDirectory(path) { return }
    let parent = url.standardizedFileURL.deletingLastPathComponent()
    if parent.path != path { try makeDirectory(parent) }
    guard mkdir(path, 0o777) == 0 || (errno == EEXIST && isDirectory(path)) else {
      let reason = errno == EEXIST ? "a file of that name is in the way" : String(cString: strerror(errno))
      throw CommandFailure("cannot create the directory \(path): \(reason)")
    }
  }

  /// Whether `path` is an existing directory.
  static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
