import Foundation
import PolicyCore

/// Buffered writer for standard output or a file, flushed in large blocks.
///
/// A write that fails (a full disk, a closed pipe, an I/O error) is remembered and the rest of
/// the output dropped; ``finish()`` then throws it, so a command whose output was lost does not
/// end with status 0. A file is written through an ``AtomicFileWriter``, which ``finish()``
/// puts in place of the target: the target keeps its old contents until the output is complete
/// (a command that fails or is killed leaves no half-written file, and a file that is also an
/// input is read whole before it is replaced). A path that exists and is not a regular file
/// (`/dev/stdout`, a FIFO) is written in place.
final class OutputSink {
  private var buffer: [UInt8] = []
  /// Where the bytes go: a file descriptor written in place, or a file that replaces its
  /// target when complete.
  private enum Destination {
    case inPlace(Int32)
    case file(AtomicFileWriter)
  }
  private let destination: Destination
  /// What the messages call the output: the path, or "standard output".
  private let name: String
  /// `errno` of the first failed write.
  private var failure: Int32?
  private var finished = false

  /// Opens `path` (nil or `-`: standard output).
  ///
  /// - Throws: ``CommandFailure`` when the file cannot be created.
  init(path: String?) throws {
    buffer.reserveCapacity(1 << 20)
    guard let path, path != "-" else {
      destination = .inPlace(1)
      name = "standard output"
      return
    }
    name = path
    // Write through a symbolic link to the file it names, as writing in place would.
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var status = stat()
    if stat(resolved, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
      let fd = open(resolved, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else { throw Self.failure("cannot write \(path)", errno) }
      destination = .inPlace(fd)
      return
    }
    do {
      destination = .file(try AtomicFileWriter(replacing: resolved))
    } catch {
      throw CommandFailure("cannot write \(path): \(error)")
    }
  }

  func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { flush() }
  }

  func write(_ s: String) { write(Array(s.utf8)) }

  /// Writes out the buffer; after a failed write, drops it.
  private func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    switch destination {
    case .inPlace(let fd):
      failure = buffer.withUnsafeBytes { FileBytes.writeAll($0, to: fd) }
    case .file(let file):
      do {
        try file.write(buffer)
      } catch {
        if case .write(let code) = error { failure = code } else { failure = EIO }
      }
    }
  }

  /// Writes out what is buffered and, for a file, puts it in place of the target.
  ///
  /// - Throws: ``CommandFailure`` naming the output and the system's reason when any write
  ///   failed (the target file is then left as it was).
  func finish() throws {
    guard !finished else { return }
    finished = true
    flush()
    switch destination {
    case .inPlace:
      if let failure { throw Self.failure("cannot write \(name)", failure) }
    case .file(let file):
      if let failure {
        file.abandon()
        throw Self.failure("cannot write \(name)", failure)
      }
      do {
        try file.commit()
      } catch {
        switch error {
        case .replace(let code): throw Self.failure("cannot replace \(name)", code)
        case .write(let code), .create(let code): throw Self.failure("cannot write \(name)", code)
        }
      }
    }
  }

  private static func failure(_ what: String, _ code: Int32) -> CommandFailure {
    CommandFailure("\(what): \(String(cString: strerror(code)))")
  }

  deinit {
    guard !finished else { return }
    // Not finished: the command failed. A file's data goes (the writer abandons it when it
    // is released); the target stays as it was. Standard output gets what was produced.
    if case .inPlace = destination { flush() }
  }
}
