import Foundation

/// Text after normalisation, as Unicode scalar values, with a map back to the original.
///
/// Matching and features work on `scalars`. `originalOffsets[i]` is the offset, in Unicode
/// scalars of the original string, of the scalar that produced `scalars[i]`, so a match at
/// `i..<j` covers `originalOffsets[i]..<originalEnd(j)` in what the user gave us.
public struct NormalizedText: Sendable {
  /// Normalised Unicode scalar values.
  public var scalars: [UInt32]
  /// For each normalised scalar, the offset of its source scalar in the original text
  /// (empty when the normaliser was asked not to keep offsets).
  public var originalOffsets: [Int32]
  /// The number of Unicode scalars in the original text.
  public var originalLength: Int

  /// The original offset that corresponds to the normalised offset `i` (`i` may equal
  /// `scalars.count`, giving the end of the original text).
  public func originalOffset(_ i: Int) -> Int {
    i < originalOffsets.count ? Int(originalOffsets[i]) : originalLength
  }

  /// The normalised text as a `String`.
  public var string: String {
    var s = String.UnicodeScalarView()
    for v in scalars { if let u = Unicode.Scalar(v) { s.append(u) } }
    return String(s)
  }

  /// The normalised text between two normalised offsets.
  public func string(_ range: Range<Int>) -> String {
    var s = String.UnicodeScalarView()
    for v in scalars[range] { if let u = Unicode.Scalar(v) { s.append(u) } }
    return String(s)
  }
}
