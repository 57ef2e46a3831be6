import Foundation

/// `text` in GB 18030, through the C library's iconv: input for the readers' `--encoding`.
public func gb18030(_ text: String) -> [UInt8] {
  let descriptor = iconv_open("GB18030", "UTF-8")
  defer { iconv_close(descriptor) }
  var source = Array(text.utf8)
  var target = [UInt8](repeating: 0, count: source.count * 2 + 16)
  var inLeft = source.count
  var outLeft = target.count
  source.withUnsafeMutableBytes { src in
    target.withUnsafeMutableBytes { dst in
      var inPointer = src.baseAddress?.assumingMemoryBound(to: CChar.self)
      var outPointer = dst.baseAddress?.assumingMemoryBound(to: CChar.self)
      _ = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
    }
  }
  precondition(inLeft == 0, "not representable in GB18030")
  return Array(target[0..<(target.count - outLeft)])
}
