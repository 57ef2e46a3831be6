import Foundation

/// Buffered writer for standard output or a file, flushed in large blocks.
///
/// A write that fails (a full disk, a closed pipe, an I/O error) is remembered and the rest of
/// the output dropped; ``finish()`` then throws it, so a command whose output was lost does not
/// end with status 0. A file is written as a sibling temporary file that ``finish()`` renames
/// over the target: the target keeps its old contents until the output is complete (a command
/// that fails or is killed leaves no half-written file, and a file that is also an input is read
/// whole before it is replaced). A path that exists and is not a regular file (`/dev/stdout`, a
/// FIFO) is written in place.
final class OutputSink {
  private var buffer: [UInt8] = []
  private let fd: Int32
  /// What the messages call the output: the path, or "standard output".
  private let name: String
  /// The file the temporary file becomes, and the temporary file (nil: written in place).
  private let target: String?
  private let temporary: String?
  /// `errno` of the first failed write.
  private var failure: Int32?
  private var finished = false

  /// Opens `path` (nil or `-`: standard output).
  ///
  /// - Throws: ``CommandFailure`` when the file (or its temporary sibling) cannot be created.
  init(path: String?) throws {
    buffer.reserveCapacity(1 << 20)
    guard let path, path != "-" else {
      fd = 1
      name = "standard output"
      target = nil
      temporary = nil
      return
    }
    name = path
    // Write through a symbolic link to the file it names, as writing in place would.
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    var status = stat()
    let exists = stat(resolved, &status) == 0
    if exists && (status.st_mode & S_IFMT) != S_IFREG {
      let fd = open(resolved, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else { throw Self.failure("cannot write \(path)", errno) }
      self.fd = fd
      target = nil
      temporary = nil
      return
    }
    let url = URL(fileURLWithPath: resolved)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw Self.failure("cannot write \(path)", errno) }
    // The replaced file keeps its permissions.
    if exists { fchmod(fd, status.st_mode & 0o7777) }
    self.fd = fd
    target = resolved
    self.temporary = temporary
  }

  func write(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { flush() }
  }

  func write(_ s: String) { write(Array(s.utf8)) }

  /// Writes out the buffer; after a failed write, drops it.
  private func flush() {
    var offset = 0
    while offset < buffer.count, failure == nil {
      let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress.map { $0 + offset }, buffer.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        failure = errno
      } else if n == 0 {
        failure = EIO
      } else {
        offset += n
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes out what is buffered and, for a file, puts it in place of the target.
  ///
  /// - Throws: ``CommandFailure`` naming the output and the system's reason when any write
  ///   failed (the target file is then left as it was).
  func finish() throws {
    guard !finished else { return }
    finished = true
    flush()
    if let temporary, let target {
      if failure == nil && fsync(fd) != 0 { failure = errno }
      if close(fd) != 0 && failure == nil { failure = errno }
      if let failure {
        unlink(temporary)
        throw Self.failure("cannot write \(name)", failure)
      }
      guard rename(temporary, target) == 0 else {
        let reason = errno
        unlink(temporary)
        throw Self.failure("cannot replace \(name)", reason)
      }
    } else if let failure {
      throw Self.failure("cannot write \(name)", failure)
    }
  }

  private static func failure(_ what: String, _ code: Int32) -> CommandFailure {
    CommandFailure("\(what): \(String(cString: strerror(code)))")
  }

  deinit {
    guard !finished else { return }
    // Not finished: the command failed. A file's temporary copy goes; the target stays as it was.
    if let temporary {
      close(fd)
      unlink(temporary)
    } else {
      flush()
    }
  }
}
