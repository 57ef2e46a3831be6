import Foundation

/// The text encoding of an input. Everything inside the readers is UTF-8; other encodings are
/// converted as the bytes are read.
public enum InputEncoding: String, Sendable, CaseIterable {
  /// UTF-8 (the default).
  case utf8 = "utf-8"
  /// GB 18030, which contains GBK and GB 2312: Chinese text files saved by older Windows tools.
  case gb18030
}

/// Converts a stream of bytes in a legacy encoding to UTF-8, a chunk at a time (iconv).
///
/// A multi-byte sequence cut by the end of a chunk is carried over to the next one. A byte that
/// starts no valid sequence becomes 0xFF, which is never valid UTF-8, so the reader reports
/// its line as not UTF-8 instead of passing on text that the file does not hold. GB 18030
/// never uses the bytes of a line feed inside a character, so lines stay where they are.
final class Transcoder {
  private let descriptor: iconv_t
  private var carry: [UInt8] = []
  private static let invalid: UInt8 = 0xFF

  /// A converter from `encoding` to UTF-8; nil for UTF-8 itself.
  init?(from encoding: InputEncoding) {
    guard encoding != .utf8 else { return nil }
    let descriptor = iconv_open("UTF-8", "GB18030")
    // Every glibc has GB18030; a C library without it cannot read such input at all.
    guard let descriptor, descriptor != iconv_t(bitPattern: -1) else {
      preconditionFailure("iconv cannot convert from GB18030 on this system")
    }
    self.descriptor = descriptor
  }

  deinit { iconv_close(descriptor) }

  /// Converts `input` (after any sequence carried over from the previous call) and appends
  /// the UTF-8 to `output`. With `final`, a sequence left incomplete at the end is invalid.
  func convert(_ input: UnsafeBufferPointer<UInt8>, final: Bool, into output: inout [UInt8]) {
    var source = carry
    source.append(contentsOf: input)
    carry.removeAll(keepingCapacity: true)
    guard !source.isEmpty else { return }
    // A GB 18030 character of n bytes takes at most n + 1 bytes of UTF-8 (2 → 3, 4 → 4).
    var target = [UInt8](repeating: 0, count: source.count * 2 + 16)
    var written = 0
    var consumed = 0
    source.withUnsafeMutableBufferPointer { src in
      target.withUnsafeMutableBufferPointer { dst in
        guard let srcBase = src.baseAddress, let dstBase = dst.baseAddress else { return }
        while consumed < src.count {
          var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(srcBase + consumed)
            .assumingMemoryBound(to: CChar.self)
          var inLeft = src.count - consumed
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(dstBase + written)
            .assumingMemoryBound(to: CChar.self)
          var outLeft = dst.count - written
          let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
          let failure = errno
          consumed = src.count - inLeft
          written = dst.count - outLeft
          if result != -1 { break }
          precondition(failure != E2BIG, "the UTF-8 buffer is sized for the worst case")
          if failure == EINVAL && !final {
            // Incomplete at the end of the chunk: wait for the rest.
            carry.append(contentsOf: src[consumed...])
            consumed = src.count
            break
          }
          // Invalid (or incomplete at the very end): one byte becomes 0xFF, then go on.
          dstBase[written] = Self.invalid
          written += 1
          consumed += 1
        }
      }
    }
    output.append(contentsOf: target[0..<written])
  }

  /// Converts a whole input at once.
  static func convert(_ bytes: Data, from encoding: InputEncoding) -> Data {
    guard let transcoder = Transcoder(from: encoding) else { return bytes }
    var output: [UInt8] = []
    bytes.withUnsafeBytes { raw in
      transcoder.convert(raw.bindMemory(to: UInt8.self), final: true, into: &output)
    }
    return Data(output)
  }
}
