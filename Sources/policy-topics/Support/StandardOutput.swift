@preconcurrency import Glibc

/// The tables and summaries commands `print`: buffered by the C library until the process
/// ends, where a failed write would pass unnoticed.
enum StandardOutput {
  /// Writes out what `print` has buffered.
  ///
  /// - Throws: ``CommandFailure`` with the system's reason when it cannot be written (a full
  ///   disk), so the command does not end with status 0 and its output lost.
  static func flush() throws {
    if fflush(stdout) != 0 || ferror(stdout) != 0 {
      let reason = errno == 0 ? EIO : errno
      throw CommandFailure("cannot write standard output: \(String(cString: strerror(reason)))")
    }
  }
}
