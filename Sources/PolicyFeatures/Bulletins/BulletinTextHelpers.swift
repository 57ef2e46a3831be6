// Small helpers on text and scalars the splitter's line tests share: a string's trimmed form,
// a scalar's punctuation and main-block tests, a cheap bound on a text's length in scalars, and
// a bitmap set of scalars for quick membership tests.

extension String {
  /// The string without leading and trailing spaces.
  var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

/// A set of scalars of the Basic Multilingual Plane as a bitmap (8 KB): membership is one shift
/// and one mask, where a `Set<Unicode.Scalar>` hashes every scalar it is asked about.
struct ScalarBitmap: Sendable {
  private var words = [UInt64](repeating: 0, count: 1024)

  init(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars where scalar.value < 0x10000 {
      words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
    }
  }

  /// Whether `scalar` is in the set.
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 && words[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
  }
}

extension Unicode.Scalar.Properties {
  /// Whether the scalar is punctuation of any kind (a comma, a stop, a bracket, a dash, a quote).
  var isPunctuationLike: Bool {
    switch generalCategory {
    case .otherPunctuation, .openPunctuation, .closePunctuation, .dashPunctuation, .initialPunctuation,
      .finalPunctuation, .connectorPunctuation:
      true
    default: false
    }
  }
}

extension StringProtocol {
  /// Whether this text holds `limit` Unicode scalars at most (`unicodeScalars.count <= limit`),
  /// told from its UTF-8 length alone when it can be (a scalar takes one to four bytes), and
  /// otherwise by walking `limit` scalars, never a long line's all.
  func hasAtMostScalars(_ limit: Int) -> Bool {
    let bytes = utf8.count
    if bytes <= limit { return true }
    if bytes > 4 * limit { return false }
    return unicodeScalars.dropFirst(limit).isEmpty
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is an ideograph of the main CJK block (U+4E00–U+9FFF), where nearly
  /// every character of a page's names, labels and headlines lies.
  var isMainBlockIdeograph: Bool { value >= 0x4E00 && value <= 0x9FFF }
}
