import Foundation

/// Reads a file, standard input or a gzip file as lines of bytes, in bounded memory.
///
/// A line longer than `maxLineBytes` is not buffered: it is reported once with its length and
/// skipped, so a 50 MB single-line file costs no more memory than the limit.
public final class ByteLineReader {
  /// What the reader yields for each line.
  public enum Line {
    /// A complete line (without its newline), valid only during the callback.
    case bytes(UnsafeBufferPointer<UInt8>, number: Int)
    /// A line that exceeded the limit; its content was dropped.
    case tooLong(number: Int, bytes: Int)
  }

  private let input: GzipInput
  /// The input's name in errors (`-` for standard input).
  private let path: String
  private let maxLineBytes: Int
  /// Converts the input to UTF-8 as it is read; nil for UTF-8 input.
  private let transcoder: Transcoder?
  /// Bytes already taken from the input (by format sniffing), served before the rest.
  private var prefix: [UInt8]
  private var closed = false

  /// Opens `path` (`-` for standard input); gzip data is decompressed (whatever the name), and
  /// text in another `encoding` is converted to UTF-8. `prefix` holds bytes already taken from
  /// the input (decompressed), read before the rest.
  public init(path: String, maxLineBytes: Int, prefix: Data = Data(), encoding: InputEncoding = .utf8)
    throws(InputError)
  {
    self.path = path
    self.maxLineBytes = maxLineBytes
    self.transcoder = Transcoder(from: encoding)
    self.prefix = [UInt8](prefix)
    input = path == "-" ? GzipInput.standardInput : try GzipInput(path: path)
  }

  deinit { close() }

  /// Closes the input early; reading after this returns nothing.
  public func close() {
    guard !closed else { return }
    closed = true
    input.close()
  }

  private func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
    if !prefix.isEmpty {
      let n = min(count, prefix.count)
      prefix.withUnsafeBytes { if let base = $0.baseAddress { buffer.copyMemory(from: base, byteCount: n) } }
      prefix.removeFirst(n)
      return n
    }
    return try input.read(into: buffer, count: count)
  }

  /// The input could not be read on (an I/O error, a damaged gzip stream) after the lines
  /// before the damage were delivered. Thrown by ``forEachLine(_:)``, as distinct from what
  /// `body` throws, so a reader can report it for this input and go on with the next.
  public struct ReadFailure: Error {
    /// What went wrong, naming the file.
    public var error: InputError
  }

  /// Calls `body` with every line in order. Return `false` from `body` to stop early. Throws
  /// what `body` throws, and ``ReadFailure`` when the input cannot be read to its end.
  public func forEachLine(_ body: (Line) throws -> Bool) throws {
    let chunk = 1 << 20
    // Not zeroed: `read` writes what is used, and a megabyte of zeros is 256 page faults
    // that a one-line input would never touch.
    var buffer = [UInt8](unsafeUninitializedCapacity: chunk) { _, initialized in initialized = chunk }
    var pending: [UInt8] = []  // start of a line carried over from the previous chunk
    var skipping = false  // inside an over-long line
    var skippedBytes = 0
    var lineNumber = 1
    var converted: [UInt8] = []
    // Splits one chunk into lines; returns whether `body` asked to stop.
    func consume(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Bool {
      let n = bytes.count
      var start = 0
      var stop = false
      guard let base = bytes.baseAddress else { return false }
      while start < n {
        guard let found = memchr(base + start, 10, n - start) else { break }
        let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if skipping {
          skippedBytes += end - start
          if try !body(.tooLong(number: lineNumber, bytes: skippedBytes)) { stop = true }
          skipping = false
          skippedBytes = 0
        } else if pending.isEmpty && end - start > maxLineBytes {
          if try !body(.tooLong(number: lineNumber, bytes: end - start)) { stop = true }
        } else if pending.isEmpty {
          var lineEnd = end
          if lineEnd > start && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
          if try !body(.bytes(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), number: lineNumber)) {
            stop = true
          }
        } else {
          pending.append(contentsOf: bytes[start..<end])
          if pending.count > maxLineBytes {
            if try !body(.tooLong(number: lineNumber, bytes: pending.count)) { stop = true }
          } else {
            if pending.last == 13 { pending.removeLast() }
            try pending.withUnsafeBufferPointer { p in
              if try !body(.bytes(p, number: lineNumber)) { stop = true }
            }
          }
          pending.removeAll(keepingCapacity: true)
        }
        lineNumber += 1
        start = end + 1
        if stop { return true }
      }
      if start < n {
        if skipping {
          skippedBytes += n - start
        } else {
          pending.append(contentsOf: bytes[start..<n])
          if pending.count > maxLineBytes {
            skipping = true
            skippedBytes = pending.count
            pending = []
          }
        }
      }
      return stop
    }
    while true {
      let n: Int
      do {
        n = try buffer.withUnsafeMutableBytes { raw throws(InputError) in
          guard let base = raw.baseAddress else { return 0 }
          return try read(into: base, count: chunk)
        }
      } catch let error as InputError {
        // The lines before the damage have been delivered; the one it cut is dropped.
        throw ReadFailure(error: error)
      }
      if let transcoder {
        converted.removeAll(keepingCapacity: true)
        buffer.withUnsafeBufferPointer { raw in
          transcoder.convert(UnsafeBufferPointer(rebasing: raw[0..<n]), final: n == 0, into: &converted)
        }
        if try converted.withUnsafeBufferPointer(consume) { return }
      } else if n > 0 {
        if try buffer.withUnsafeBufferPointer({ try consume(UnsafeBufferPointer(rebasing: $0[0..<n])) }) { return }
      }
      if n == 0 { break }
    }
    if skipping {
      _ = try body(.tooLong(number: lineNumber, bytes: skippedBytes))
    } else if !pending.isEmpty {
      if pending.last == 13 { pending.removeLast() }
      _ = try pending.withUnsafeBufferPointer { p in try body(.bytes(p, number: lineNumber)) }
    }
  }
}
