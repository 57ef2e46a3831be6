#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into a byte array with plain system calls: one allocation of the
/// file's size and a read into it, where `FileHandle` and `Data` copied the bytes twice more
/// (reading the default model that way was a third of loading it); and writes bytes out whole.
public enum FileBytes {
  /// Why a file could not be read.
  public enum Failure: Error, Equatable {
    /// A system call failed; `reason` is its error's description (`strerror`).
    case system(reason: String)
    /// The file does not start with the expected bytes; nothing after them was read.
    case unexpectedStart
  }

  /// The bytes of the file at `path`. When `start` is given, the file's first bytes are
  /// compared with it before the rest is read, so a file of another kind is refused without
  /// loading it into memory.
  public static func read(path: String, start: [UInt8]? = nil) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.system(reason: lastError())) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    if let start {
      bytes = [UInt8](repeating: 0, count: start.count)
      let n = bytes.withUnsafeMutableBytes { readFully(fd, $0) }
      guard n >= 0 else { return .failure(.system(reason: lastError())) }
      guard n == start.count, bytes == start else { return .failure(.unexpectedStart) }
    }
    var info = stat()
    let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size) - bytes.count) : 0
    // Read in chunks until end of file: the size is only a hint (a file may grow, and some
    // files report none).
    var chunk = max(expected + 1, 64 << 10)
    while true {
      let old = bytes.count
      bytes.append(contentsOf: repeatElement(0, count: chunk))
      let n = bytes.withUnsafeMutableBytes { readFully(fd, UnsafeMutableRawBufferPointer(rebasing: $0[old...])) }
      guard n >= 0 else { return .failure(.system(reason: lastError())) }
      bytes.removeLast(chunk - n)
      if n < chunk { return .success(bytes) }
      chunk = max(chunk, 1 << 20)
    }
  }

  /// Reads until `buffer` is full or the file ends: the bytes read, or -1 on an error.
  private static func readFully(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var done = 0
    while done < buffer.count {
      #if canImport(Glibc)
        let n = Glibc.read(fd, base + done, buffer.count - done)
      #else
        let n = Darwin.read(fd, base + done, buffer.count - done)
      #endif
      if n < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if n == 0 { break }
      done += n
    }
    return done
  }

  /// Writes all of `bytes` to the file descriptor `fd`, going on after an interrupted or
  /// partial write: nil when every byte was written, else the failure's `errno` (`EIO` for a
  /// write that wrote nothing). The one write loop of the tool's outputs and messages.
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var done = 0
    while done < bytes.count {
      #if canImport(Glibc)
        let n = Glibc.write(fd, base + done, bytes.count - done)
      #else
        let n = Darwin.write(fd, base + done, bytes.count - done)
      #endif
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      guard n > 0 else { return EIO }
      done += n
    }
    return nil
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
