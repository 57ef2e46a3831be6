#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a file with no name yet in the target's
/// directory, and ``commit()`` flushes it to disk and puts it in place of the target in one
/// rename. Until then the target keeps its old contents, so a command that fails, or is
/// killed, leaves neither a half-written file nor a temporary one behind.
///
/// On Linux the file is opened with `O_TMPFILE` (the kernel deletes it if the process dies
/// before ``commit()``), then linked in under a hidden sibling name and renamed; where the file
/// system has no `O_TMPFILE`, it is the hidden sibling `.NAME.tmp-PID` from the start. A file
/// that replaces another keeps the other's permissions.
public final class AtomicFileWriter {
  /// Why the file could not be written.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The file could not be created in its directory (`errno`).
    case create(Int32)
    /// A write, or flushing to disk, failed (`errno`).
    case write(Int32)
    /// The finished file could not be put in place of the target (`errno`).
    case replace(Int32)

    public var description: String {
      switch self {
      case .create(let code): return "cannot create it: \(Self.reason(code))"
      case .write(let code): return Self.reason(code)
      case .replace(let code): return "cannot put it in place: \(Self.reason(code))"
      }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
  }

  /// The file replaced on ``commit()``.
  public let target: String
  private let fd: Int32
  /// The hidden sibling the data lives in: already named (no `O_TMPFILE`), or named only on
  /// commit.
  private let sibling: String
  private let named: Bool
  /// Whether ``commit()`` has run (it runs once).
  private var done = false
  /// Whether `fd` is closed.
  private var closed = false

  /// Starts writing a file that will replace `target` (a path to a regular file or to nothing
  /// yet; symbolic links are the caller's to resolve).
  ///
  /// - Throws: ``Failure/create(_:)`` when the directory does not take new files.
  public init(replacing target: String) throws(Failure) {
    self.target = target
    let slash = target.lastIndex(of: "/")
    let directory = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    sibling = (directory == "." && slash == nil ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
    var fd: Int32 = -1
    #if os(Linux)
      // Naming the file on commit goes through /proc; without it, name it now.
      if access("/proc/self/fd", X_OK) == 0 {
        fd = open(directory, O_WRONLY | O_CLOEXEC | __O_TMPFILE | O_DIRECTORY, 0o644)
      }
    #endif
    named = fd < 0
    if named { fd = open(sibling, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
    guard fd >= 0 else { throw .create(errno) }
    self.fd = fd
    var status = stat()
    if stat(target, &status) == 0 { fchmod(fd, status.st_mode & 0o7777) }
  }

  /// Appends `bytes`.
  ///
  /// - Throws: ``Failure/write(_:)`` (a full disk, an I/O error); the writer is then spent:
  ///   ``commit()`` must not be called, and the target stays as it was.
  public func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
    if let code = FileBytes.writeAll(bytes, to: fd) { throw .write(code) }
  }

  /// Appends `bytes`.
  public func write(_ bytes: [UInt8]) throws(Failure) {
    // `withUnsafeBytes` rethrows untyped errors; a Result keeps the type.
    try bytes.withUnsafeBytes { raw in Result { () throws(Failure) in try write(raw) } }.get()
  }

  /// Flushes the file to disk and renames it over the target.
  ///
  /// - Throws: ``Failure/write(_:)`` when flushing fails, ``Failure/replace(_:)`` when it
  ///   cannot be put in place; the target is then left as it was, and no temporary file.
  public func commit() throws(Failure) {
    guard !done else { return }
    done = true
    if fsync(fd) != 0 {
      let code = errno
      abandon()
      throw .write(code)
    }
    if !named {
      unlink(sibling)
      guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, sibling, AT_SYMLINK_FOLLOW) == 0 else {
        let code = errno
        abandon()
        throw .replace(code)
      }
    }
    closed = true
    guard close(fd) == 0 else {
      let code = errno
      unlink(sibling)
      throw .write(code)
    }
    guard rename(sibling, target) == 0 else {
      let code = errno
      unlink(sibling)
      throw .replace(code)
    }
  }

  /// Gives up: the data written so far goes, the target stays as it was.
  public func abandon() {
    guard !closed else { return }
    closed = true
    close(fd)
    if named { unlink(sibling) }
  }

  deinit {
    abandon()
  }
}
