import ArgumentParser
import Foundation
import PolicyClassifier
import PolicyFeatures

/// Finds the shipped `Lexicons/` and `Models/` folders: the current directory first, then the
/// folders above the executable (so `swift run` inside a checkout finds them too).
enum Resources {
  static func locate(_ name: String) -> URL? {
    let fm = FileManager.default
    let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent(name)
    if fm.fileExists(atPath: cwd.path) { return cwd }
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = dir.appendingPathComponent(name)
      if fm.fileExists(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return nil
  }

  static func lexicons(_ path: String?) throws -> LexiconSet {
    try LexiconParser().loadDirectory(try lexiconDirectory(path))
  }

  /// The `--lexicons` directory, or the shipped one; an error when it is not a directory.
  static func lexiconDirectory(_ path: String?) throws -> URL {
    guard let url = path.map({ URL(fileURLWithPath: $0) }) ?? locate("Lexicons") else {
      throw CommandFailure("cannot find the Lexicons directory; pass --lexicons DIR")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CommandFailure("--lexicons \(url.path): no such directory")
    }
    return url
  }

  static let defaultModelName = "Models/default.ptmodel"

  static func modelURL(_ path: String?) throws -> URL {
    if let path {
      guard FileManager.default.fileExists(atPath: path) else {
        throw CommandFailure("--model \(path): no such file")
      }
      return URL(fileURLWithPath: path)
    }
    guard let url = locate(defaultModelName) else {
      throw CommandFailure(
        "cannot find \(defaultModelName); pass --model FILE or train one with `policy-topics train`")
    }
    return url
  }

  static func model(_ path: String?, lexicons: LexiconSet) throws -> TopicModel {
    try ModelFile.load(try modelURL(path), lexicons: lexicons)
  }

  /// The lexicons and the model, loaded side by side when `parallel`: the model file is read
  /// and checked on another thread while this one parses the lexicons and builds their
  /// matcher (start-up is serial time every `tag` run pays; this takes a third off it).
  static func lexiconsAndModel(lexicons lexiconPath: String?, model modelPath: String?, parallel: Bool) throws
    -> (LexiconSet, TopicModel)
  {
    guard parallel else {
      let lexicons = try lexicons(lexiconPath)
      return (lexicons, try model(modelPath, lexicons: lexicons))
    }
    let url = try modelURL(modelPath)
    let box = ContentsBox()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      box.result = Result { () throws(ClassifierError) in try ModelFile.contents(of: url) }
    }
    // Wait for the reader whatever happens here, so no thread outlives this call's state.
    defer { group.wait() }
    let lexicons = try lexicons(lexiconPath)
    let matcher = TermMatcher(lexicons: lexicons)
    group.wait()
    guard let contents = box.result else { preconditionFailure("the model reader finished without a result") }
    return (lexicons, try ModelFile.bind(contents.get(), lexicons: lexicons, matcher: matcher))
  }

  /// The model reader's result, handed from its thread to the caller's.
  private final class ContentsBox: @unchecked Sendable {
    var result: Result<ModelFile.Contents, ClassifierError>?
  }
}
