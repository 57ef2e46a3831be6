import CISAL
import Foundation

/// An input decompressed as it is read when it is gzip data, with ISA-L's inflate (the `isal`
/// library); any other input is passed through as it is. Every reader of a file or of
/// standard input goes through it, so gzip data is read whatever its name, and piped in too.
///
/// ISA-L inflates the news corpora about 2.3 times as fast as zlib (xwlb-2019: 20 ms instead
/// of 47 ms for 9 MB), which is a quarter of what tagging a `.jsonl.gz` file on one core
/// costs. Concatenated members are read one after the other, as `gzip -d` does; input that
/// does not start with the gzip magic bytes is read as it is, and zero bytes padding the input
/// after its last member are not data (as `gzip -d` reads them). Damage is an error naming
/// the input: a bad deflate block or checksum, a stream that ends early, or other bytes after
/// the last member.
final class GzipInput {
  private let path: String
  private let fd: Int32
  /// Whether ``close()`` closes `fd` (not standard input's).
  private let ownsDescriptor: Bool
  private let state: UnsafeMutablePointer<inflate_state>
  /// Compressed bytes read from the file (`inputCapacity` of them at most).
  private let input: UnsafeMutablePointer<UInt8>
  private let inputCapacity = 1 << 17
  /// The file ended (no more compressed bytes to read).
  private var atEnd = false
  /// Not gzip: the file's bytes are passed through.
  private var passThrough = false
  private var closed = false
  /// Some byte of the file has been read.
  private var started = false
  /// Bytes of the file read while checking its magic bytes, not yet served (pass-through).
  private var sniffed: Range<Int> = 0..<0
  /// Damage found by the call that also inflated the bytes before it: those bytes are served
  /// first, and the next read throws this.
  private var damage: InputError?

  /// Standard input (named `-`), one stream for every reader of it; read from one thread at a
  /// time, as inputs are.
  nonisolated(unsafe) static let standardInput = GzipInput(descriptor: 0, name: "-", owned: false)

  /// Opens `path`; throws when it cannot be opened.
  convenience init(path: String) throws(InputError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
    self.init(descriptor: fd, name: path, owned: true)
  }

  /// Reads an open descriptor, named `name` in errors; ``close()`` closes it when `owned`.
  private init(descriptor fd: Int32, name: String, owned: Bool) {
    self.path = name
    self.fd = fd
    self.ownsDescriptor = owned
    state = .allocate(capacity: 1)
    input = .allocate(capacity: inputCapacity)
    isal_inflate_init(state)
    state.pointee.crc_flag = UInt32(ISAL_GZIP)
  }

  deinit {
    close()
    state.deallocate()
    input.deallocate()
  }

  /// Closes the file; reading after this returns nothing. Standard input stays open (another
  /// reader of `-` reads on where this one stopped).
  func close() {
    guard ownsDescriptor, !closed else { return }
    closed = true
    _ = Foundation.close(fd)
  }

  /// Reads everything left (decompressed), or nil when that is more than `limit` bytes (then
  /// reading stops past the limit, so memory stays bounded).
  func readAll(limit: Int) throws(InputError) -> Data? {
    var out = Data()
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    while true {
      let n = try read(into: buffer, count: Self.chunkSize)
      if n == 0 { return out }
      guard out.count + n <= limit else { return nil }
      out.append(buffer.assumingMemoryBound(to: UInt8.self), count: n)
    }
  }

  /// Reads the next chunk there is (decompressed, up to ``chunkSize`` bytes), without waiting
  /// for more input than one read brings; empty at the end.
  func readChunk() throws(InputError) -> Data {
    let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    let n = try read(into: buffer, count: Self.chunkSize)
    return Data(bytes: buffer, count: n)
  }

  /// The most ``readChunk()`` returns, and what ``readAll(limit:)`` reads at a time.
  static let chunkSize = 1 << 16

  /// Reads up to `count` decompressed bytes into `buffer`; 0 at the end of the file.
  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
    if closed { return 0 }
    if let damage {
      self.damage = nil
      throw damage
    }
    if passThrough { return try readFile(into: buffer, count: count) }
    let capacity = UInt32(clamping: count)
    while true {
      if state.pointee.avail_in == 0 && !atEnd {
        var n = try readFile(into: UnsafeMutableRawPointer(input), count: inputCapacity)
        if !started && n == 1 && input[0] == 0x1F {
          // A pipe may bring one byte first: the magic needs two.
          n += try readFile(into: UnsafeMutableRawPointer(input + 1), count: inputCapacity - 1)
        }
        if !started && n > 0 && (n < 2 || input[0] != 0x1F || input[1] != 0x8B) {
          // Not gzip: read it as it is (as zlib's gzread does).
          passThrough = true
          sniffed = 0..<n
          return try readFile(into: buffer, count: count)
        }
        started = started || n > 0
        atEnd = n == 0
        state.pointee.next_in = input
        state.pointee.avail_in = UInt32(n)
      }
      if state.pointee.block_state == ISAL_BLOCK_FINISH {
        // A member ended: the file ends here, or another member follows.
        if state.pointee.avail_in == 0 {
          if atEnd { return 0 }
          continue
        }
        guard let next = state.pointee.next_in, next[0] == 0x1F else {
          // Zero bytes padding the file out (as tape and block writers leave them) end it, as
          // gzip(1) reads them; anything else is damage.
          if try restIsZeroPadding() {
            atEnd = true
            state.pointee.avail_in = 0
            return 0
          }
          throw .unreadable(file: path, reason: "data after the end of the gzip stream")
        }
        let availIn = state.pointee.avail_in
        isal_inflate_reset(state)
        state.pointee.crc_flag = UInt32(ISAL_GZIP)
        state.pointee.next_in = next
        state.pointee.avail_in = availIn
      }
      state.pointee.next_out = buffer.assumingMemoryBound(to: UInt8.self)
      state.pointee.avail_out = capacity
      let (inBefore, blockBefore) = (state.pointee.avail_in, state.pointee.block_state)
      let status = isal_inflate(state)
      let produced = Int(capacity - state.pointee.avail_out)
      guard status >= 0 else {
        // What inflated before the damage (a whole last chunk when only the checksum at the
        // end is wrong) is served like the bytes before it; the damage is reported next.
        let error = InputError.unreadable(file: path, reason: Self.describe(status))
        guard produced > 0 else { throw error }
        damage = error
        return produced
      }
      if produced > 0 { return produced }
      // Neither output nor input taken nor a step of the stream: a state inflate cannot leave
      // (a gzip stream never asks for a dictionary); stop rather than spin.
      if state.pointee.avail_in == inBefore && inBefore > 0 && state.pointee.block_state == blockBefore {
        throw .unreadable(file: path, reason: Self.describe(status))
      }
      if state.pointee.avail_in == 0 && atEnd && state.pointee.block_state != ISAL_BLOCK_FINISH {
        guard started else { return 0 }  // an empty file
        throw .unreadable(file: path, reason: "the gzip stream ends early (truncated file?)")
      }
    }
  }

  /// Whether the unread input and the rest of the file hold only zero bytes.
  private func restIsZeroPadding() throws(InputError) -> Bool {
    var pending = UnsafeBufferPointer(start: state.pointee.next_in, count: Int(state.pointee.avail_in))
    while true {
      guard pending.allSatisfy({ $0 == 0 }) else { return false }
      if atEnd { return true }
      let n = try readFile(into: UnsafeMutableRawPointer(input), count: inputCapacity)
      atEnd = n == 0
      pending = UnsafeBufferPointer(start: input, count: n)
    }
  }

  /// Reads the file's own bytes (the sniffed ones first).
  private func readFile(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
    if !sniffed.isEmpty {
      let n = min(count, sniffed.count)
      buffer.copyMemory(from: input + sniffed.lowerBound, byteCount: n)
      sniffed = (sniffed.lowerBound + n)..<sniffed.upperBound
      return n
    }
    while true {
      let n = Foundation.read(fd, buffer, count)
      if n >= 0 { return n }
      if errno == EINTR { continue }
      throw .unreadable(file: path, reason: String(cString: strerror(errno)))
    }
  }

  private static func describe(_ status: Int32) -> String {
    switch status {
    case ISAL_INVALID_BLOCK, ISAL_INVALID_SYMBOL, ISAL_INVALID_LOOKBACK: "corrupt gzip stream (bad deflate data)"
    case ISAL_INVALID_WRAPPER: "corrupt gzip stream (bad gzip header or trailer)"
    case ISAL_UNSUPPORTED_METHOD: "gzip stream uses an unsupported compression method"
    case ISAL_INCORRECT_CHECKSUM: "corrupt gzip stream (checksum mismatch)"
    default: "corrupt gzip stream (ISA-L inflate status \(status))"
    }
  }
}
