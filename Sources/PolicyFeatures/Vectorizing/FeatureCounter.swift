/// The single pass that turns an article's UTF-8 bytes into feature counts.
///
/// One loop per title or body decodes and validates UTF-8, normalises each scalar (the rules of
/// ``TextNormalizer``), steps the lexicon automaton and looks up the n-grams ending at that
/// scalar, without materialising the normalised text. One table indexed by scalar gives both
/// the matcher's symbol and the scalar's n-gram character id, so a scalar costs one random
/// look-up where separate passes cost three; n-gram keys pack 16-bit character ids instead of
/// 21-bit scalars, and a scalar outside the vocabulary's alphabet ends the n-gram run (no
/// n-gram through it can be in the vocabulary).
///
/// The results equal those of the separate steps (normalise, ``TermMatcher/matches(in:)``,
/// ``NGramVocabulary/forEachColumn(in:range:maxLength:_:)``); a test checks it on random text.
struct FeatureCounter: Sendable {
  /// Per BMP scalar: matcher symbol (low 16 bits) and n-gram character id (high 16 bits; 0
  /// when the folded scalar occurs in no vocabulary n-gram).
  private let scalarEntries: [UInt32]
  /// The same for scalars above the BMP.
  private let astralEntries: [UInt32: UInt32]
  /// Column of each character id's unigram (the vocabulary's size, the sink column, when the
  /// unigram is not in it).
  private let unigramColumns: [Int32]
  /// Bigrams (`a | b << 16`) and trigrams (`a | b << 16 | c << 32`) of character ids, stored as
  /// `(column + 1) << 1 | startsTrigram` (a bigram that only starts trigrams has column -1).
  private let ngramTable: IntegerHashTable
  /// A 65,536-bit filter of `ngramTable`'s keys (8 KB, stays in L1): most bigrams of a text
  /// are not in the vocabulary, and the filter says so without a probe.
  private let filter: [UInt64]
  private let maxLength: Int

  init(matcher: TermMatcher, ngrams: NGramVocabulary, maxLength: Int) {
    self.maxLength = maxLength
    var ids: [UInt32: UInt32] = [:]
    func id(_ folded: UInt64) -> UInt64 {
      let scalar = UInt32(folded)
      if let known = ids[scalar] { return UInt64(known) }
      let next = UInt32(ids.count + 1)
      precondition(next <= NGramVocabulary.maxCharacters, "n-gram vocabulary uses more than 65,535 characters")
      ids[scalar] = next
      return UInt64(next)
    }
    // Re-key the vocabulary on character ids.
    var unigrams: [(UInt64, Int32)] = []
    var longer: [(UInt64, Int32, Bool)] = []  // (key, column, isTrigram)
    for (column, key) in ngrams.keys.enumerated() {
      let a = id(key & 0x1F_FFFF)
      if key >> 21 == 0 {
        unigrams.append((a, Int32(column)))
        continue
      }
      let b = id((key >> 21) & 0x1F_FFFF)
      if key >> 42 == 0 {
        longer.append((a | b << 16, Int32(column), false))
      } else {
        longer.append((a | b << 16 | id(key >> 42) << 32, Int32(column), true))
      }
    }
    // A unigram outside the vocabulary is counted in the scratch's sink column (one past
    // the last n-gram), so the hot loop adds without a branch.
    var unigramColumns = [Int32](repeating: Int32(ngrams.count), count: ids.count + 1)
    for (a, column) in unigrams { unigramColumns[Int(a)] = column }
    var table = IntegerHashTable(capacity: max(longer.count * 2, 1))
    for (key, column, _) in longer { table.set(Int32(column + 1) << 1, for: key) }
    for (key, _, isTrigram) in longer where isTrigram {
      let prefix = key & 0xFFFF_FFFF
      table.set(max(table.value(for: prefix), 0) | 1, for: prefix)
    }
    var filter = [UInt64](repeating: 0, count: 1024)
    for (key, _) in table.pairs {
      let bit = Self.filterBit(key)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    // The scalar table: every scalar that could matter to either side.
    var entries = matcher.bmpSymbols.map(UInt32.init)
    var astral: [UInt32: UInt32] = [:]
    for (v, symbol) in matcher.otherSymbols { astral[v] = UInt32(symbol) }
    for (folded, ngramID) in ids {
      // Every scalar that folds to this one: itself, its capital, or any digit for `0`.
      var sources: [UInt32] = [folded]
      if folded == 0x30 { sources = Array(0x30...0x39) }
      if folded >= 0x61 && folded <= 0x7A { sources.append(folded - 0x20) }
      for v in sources where NGramKeys.isWordScalar(v) && UInt32(NGramKeys.fold(v)) == folded {
        if v < 0x10000 { entries[Int(v)] |= ngramID << 16 } else { astral[v, default: 0] |= ngramID << 16 }
      }
    }
    self.scalarEntries = entries
    self.astralEntries = astral
    self.unigramColumns = unigramColumns
    self.ngramTable = table
    self.filter = filter
  }

  @inline(__always)
  static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 48)
  }

  /// What one pass over a title or a body found.
  struct PassResult {
    /// Leftmost-longest lexicon matches, offsets in normalised scalars.
    var matches: [TermMatch]
    /// Normalised length in scalars.
    var length: Int
    /// Offsets of the line breaks (normalised scalars), in order: paragraph boundaries.
    var lineBreaks: [Int]
  }

  /// Counts the features of `bytes` into `scratch` (n-gram columns offset by `columnOffset`,
  /// each occurrence adding `weight`); lexicon term columns are added by the caller from the
  /// returned matches. Returns nil when `bytes` is not valid UTF-8.
  func count(
    _ bytes: UnsafeBufferPointer<UInt8>, matcher: TermMatcher, columnOffset: Int32, weight: Float,
    scratch: inout FeatureScratch
  ) -> PassResult? {
    var raw: [TermMatch] = []
    var lineBreaks: [Int] = []
    var valid = true
    var length = 0
    scratch.withAdder { add in
      scalarEntries.withUnsafeBufferPointer { entries in
        unigramColumns.withUnsafeBufferPointer { unigrams in
          filter.withUnsafeBufferPointer { bits in
            matcher.withAutomaton { automaton in
              var node: Int32 = 0
              var p1: UInt64 = 0
              var p2: UInt64 = 0
              var previousStartsTrigram = false
              var position = 0
              @inline(__always)
              func feed(_ v: UInt32) {
                let entry = v < 0x10000 ? entries[Int(v)] : (astralEntries[v] ?? 0)
                // Lexicon terms.
                node = automaton.next(node, symbol: Int(entry & 0xFFFF))
                let first = automaton.firstOutput(node)
                if first >= 0 { automaton.appendMatches(from: first, end: position + 1, to: &raw) }
                if v == 0x0A { lineBreaks.append(position) }
                position += 1
                // N-grams ending here.
                let c = UInt64(entry >> 16)
                guard c != 0 else {
                  p1 = 0
                  p2 = 0
                  previousStartsTrigram = false
                  return
                }
                add(columnOffset + unigrams[Int(c)], weight)
                var startsTrigram = false
                if maxLength >= 2, p1 != 0 {
                  if maxLength >= 3, previousStartsTrigram {
                    let key = p2 | p1 << 16 | c << 32
                    if Self.mayContain(key, bits) {
                      let t = ngramTable.value(for: key)
                      if t > 1 { add(columnOffset + (t >> 1) - 1, weight) }
                    }
                  }
                  let key = p1 | c << 16
                  if Self.mayContain(key, bits) {
                    let b = ngramTable.value(for: key)
                    if b >= 0 {
                      if b > 1 { add(columnOffset + (b >> 1) - 1, weight) }
                      startsTrigram = b & 1 == 1
                    }
                  }
                }
                previousStartsTrigram = startsTrigram
                p2 = p1
                p1 = c
              }

              var previousWasCR = false
              var i = 0
              while i < bytes.count {
                guard let v = TextNormalizer.decodeValid(bytes, &i) else {
                  valid = false
                  return
                }
                TextNormalizer.normalize(scalar: v, previousWasCR: &previousWasCR) { feed($0) }
              }
              length = position
            }
          }
        }
      }
    }
    guard valid else { return nil }
    return PassResult(matches: TermMatcher.leftmostLongest(raw), length: length, lineBreaks: lineBreaks)
  }

  @inline(__always)
  private static func mayContain(_ key: UInt64, _ filter: UnsafeBufferPointer<UInt64>) -> Bool {
    let bit = filterBit(key)
    return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
