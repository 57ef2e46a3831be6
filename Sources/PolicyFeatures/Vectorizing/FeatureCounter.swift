/// The pass that turns an article's UTF-8 bytes into feature counts.
///
/// Per title or body: one loop decodes and validates UTF-8, normalises each scalar (the rules
/// of ``TextNormalizer``) and looks up its table entry into a reused buffer; one walks the
/// lexicon automaton over the entries' symbols; one looks up the n-grams over their character
/// ids. No normalised text is materialised. One table indexed by scalar gives both the
/// matcher's symbol and the scalar's n-gram character id; n-gram keys pack 16-bit character
/// ids instead of 21-bit scalars, and a scalar outside the vocabulary's alphabet ends the
/// n-gram run (no n-gram through it can be in the vocabulary).
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
  /// Column of each bigram (`a | b << 16`) and trigram (`a | b << 16 | c << 32`) of character
  /// ids (48-bit keys).
  private let ngramTable: PackedTable
  /// A 65,536-bit filter of `ngramTable`'s keys (8 KB, stays in L1): most bigrams of a text
  /// are not in the vocabulary, and the filter says so without a probe.
  private let filter: [UInt64]
  private let maxLength: Int

  init(matcher: TermMatcher, ngrams: NGramVocabulary, maxLength: Int) {
    self.maxLength = maxLength
    // Character ids in first-seen order: a flat table for the BMP (nearly every n-gram
    // character), a dictionary beyond it.
    var bmpIDs = [UInt32](repeating: 0, count: 0x10000)
    var astralIDs: [UInt32: UInt32] = [:]
    var scalarOfID: [UInt32] = [0]  // id 0: no character
    func id(_ folded: UInt64) -> UInt64 {
      let scalar = UInt32(folded)
      let known = scalar < 0x10000 ? bmpIDs[Int(scalar)] : (astralIDs[scalar] ?? 0)
      if known != 0 { return UInt64(known) }
      let next = UInt32(scalarOfID.count)
      precondition(next <= NGramVocabulary.maxCharacters, "n-gram vocabulary uses more than 65,535 characters")
      scalarOfID.append(scalar)
      if scalar < 0x10000 { bmpIDs[Int(scalar)] = next } else { astralIDs[scalar] = next }
      return UInt64(next)
    }
    // Re-key the vocabulary on character ids.
    var unigrams: [(UInt64, Int32)] = []
    var longer: [(UInt64, Int32)] = []
    for (column, key) in ngrams.keys.enumerated() {
      let a = id(key & 0x1F_FFFF)
      if key >> 21 == 0 {
        unigrams.append((a, Int32(column)))
        continue
      }
      let b = id((key >> 21) & 0x1F_FFFF)
      if key >> 42 == 0 {
        longer.append((a | b << 16, Int32(column)))
      } else {
        longer.append((a | b << 16 | id(key >> 42) << 32, Int32(column)))
      }
    }
    // A unigram outside the vocabulary is counted in the scratch's sink column (one past
    // the last n-gram), so the hot loop adds without a branch.
    var unigramColumns = [Int32](repeating: Int32(ngrams.count), count: scalarOfID.count)
    for (a, column) in unigrams { unigramColumns[Int(a)] = column }
    let table = PackedTable(longer.map { (key: $0.0, value: $0.1) }, keyBits: 48)
    var filter = [UInt64](repeating: 0, count: 1024)
    for (key, _) in longer {
      let bit = Self.filterBit(key)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    // The scalar table: every scalar that could matter to either side.
    var entries = matcher.bmpSymbols.map(UInt32.init)
    var astral: [UInt32: UInt32] = [:]
    for (v, symbol) in matcher.otherSymbols { astral[v] = UInt32(symbol) }
    for (index, folded) in scalarOfID.enumerated().dropFirst() {
      let ngramID = UInt32(index)
      func mark(_ v: UInt32) {
        guard NGramKeys.isWordScalar(v) && UInt32(NGramKeys.fold(v)) == folded else { return }
        if v < 0x10000 { entries[Int(v)] |= ngramID << 16 } else { astral[v, default: 0] |= ngramID << 16 }
      }
      // Every scalar that folds to this one: itself, its capital, or any digit for `0`.
      if folded == 0x30 {
        for digit: UInt32 in 0x30...0x39 { mark(digit) }
      } else {
        mark(folded)
        if folded >= 0x61 && folded <= 0x7A { mark(folded - 0x20) }
      }
    }
    // Punctuation and full-width forms that normalise to one other scalar take the entry of
    // what they become, so decoding reads them from the table like ideographs (a scalar that
    // is not normalised text is never looked up otherwise).
    for v in Self.directPunctuation {
      let m = TextNormalizer.mapSimple(v)
      if m != v && m < 0x10000 { entries[Int(v)] = entries[Int(m)] }
    }
    self.scalarEntries = entries
    self.astralEntries = astral
    self.unigramColumns = unigramColumns
    self.ngramTable = table
    self.filter = filter
  }

  /// Three-byte scalars outside the main CJK block that decoding looks up directly, like
  /// ideographs: CJK symbols and punctuation (U+3000–U+303F), full-width ASCII forms
  /// (U+FF01–U+FF5E), and the dashes, quotes, bullet and ellipsis of general punctuation that
  /// Chinese text uses. ``TextNormalizer/mapSimple(_:)`` maps each to one scalar, never a line
  /// break; a test checks that ``isDirect(_:)`` accepts exactly these and the ideographs.
  static let directPunctuation: [UInt32] =
    Array(0x3000...0x303F) + Array(0xFF01...0xFF5E) + [0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026]

  /// ``directPunctuation``'s scalars from U+2014 on, as bits of their offsets from U+2014.
  private static let generalPunctuationBits: UInt32 = 1 << 0 | 1 << 4 | 1 << 5 | 1 << 8 | 1 << 9 | 1 << 14 | 1 << 18

  /// Whether a three-byte scalar is read from the table as it is: an ideograph of the main
  /// block (U+4E00–U+9FFF) or a scalar of ``directPunctuation``.
  @inline(__always)
  static func isDirect(_ v: UInt32) -> Bool {
    if v &- 0x4E00 < 0x5200 || v &- 0x3000 < 0x40 || v &- 0xFF01 < 0x5E { return true }
    let offset = v &- 0x2014
    return offset < 19 && generalPunctuationBits &>> offset & 1 != 0
  }

  @inline(__always)
  static func filterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) &>> 48)
  }

  /// What one pass over a title or a body found. The offsets of its line breaks (paragraph
  /// boundaries) are left in the scratch's ``FeatureScratch/lineBreaks``.
  struct PassResult {
    /// Leftmost-longest lexicon matches, offsets in normalised scalars.
    var matches: [TermMatch]
    /// Normalised length in scalars.
    var length: Int
  }

  /// Counts the features of `bytes` into `scratch` (n-gram columns offset by `columnOffset`,
  /// each occurrence adding `weight`); lexicon term columns are added by the caller from the
  /// returned matches. Returns nil when `bytes` is not valid UTF-8.
  ///
  /// Three tight loops rather than one: decoding looks up each scalar's entry into a reused
  /// buffer, then the automaton walks the symbols and the n-gram loop the character ids. Each
  /// loop keeps few values live and has no load feeding the next iteration's address (except
  /// the automaton's own state), so the processor overlaps the table look-ups of consecutive
  /// scalars; fused, they formed one long dependent chain per scalar.
  func count(
    _ bytes: UnsafeBufferPointer<UInt8>, matcher: TermMatcher, columnOffset: Int32, weight: Float,
    scratch: inout FeatureScratch
  ) -> PassResult? {
    // Buffers lent by the scratch for the pass (no allocation once they have grown).
    var entries = scratch.takeEntryBuffer(minimumCapacity: bytes.count)
    var lineBreaks: [Int] = []
    var raw: [TermMatch] = []
    swap(&lineBreaks, &scratch.lineBreaks)
    swap(&raw, &scratch.rawMatches)
    defer {
      scratch.returnEntryBuffer(entries)
      swap(&lineBreaks, &scratch.lineBreaks)
      swap(&raw, &scratch.rawMatches)
    }
    guard let length = decode(bytes, into: &entries, lineBreaks: &lineBreaks) else { return nil }
    raw.removeAll(keepingCapacity: true)
    if scratch.starts.count < length {
      scratch.starts = [Int32](repeating: 0, count: max(length, scratch.starts.count * 2))
    }
    var starts: [Int32] = []
    swap(&starts, &scratch.starts)
    defer { swap(&starts, &scratch.starts) }
    entries.withUnsafeBufferPointer { all in
      let entries = UnsafeBufferPointer(rebasing: all[0..<length])
      matcher.withAutomaton { automaton in
        starts.withUnsafeMutableBufferPointer { buffer in
          var starts = TermMatcher.ScanStarts(automaton: automaton, buffer: buffer)
          countNGrams(of: entries, columnOffset: columnOffset, weight: weight, starts: &starts, scratch: &scratch)
          automaton.scan(from: starts.positions, count: length, symbolAt: { Int(all[$0] & 0xFFFF) }, into: &raw)
        }
      }
    }
    return PassResult(matches: TermMatcher.leftmostLongest(&raw), length: length)
  }

  /// Decodes, validates and normalises `bytes`, writing each normalised scalar's table entry
  /// to `entries` (grown as needed) and the offsets of line breaks to `lineBreaks`. Returns
  /// the normalised length, or nil when `bytes` is not valid UTF-8.
  private func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, into entries: inout [UInt32], lineBreaks: inout [Int]
  ) -> Int? {
    var length = 0
    while true {
      var overflow = false
      let result: Int? = scalarEntries.withUnsafeBufferPointer { table in
        entries.withUnsafeMutableBufferPointer { out in
          var previousWasCR = false
          var i = 0
          var n = 0
          lineBreaks.removeAll(keepingCapacity: true)
          guard let base = bytes.baseAddress, let entry = table.baseAddress, let write = out.baseAddress else {
            return bytes.isEmpty ? 0 : nil
          }
          let count = bytes.count
          let limit = out.count
          while i < count {
            // Fast paths for what news text is made of, with the same result as the general
            // step below: ASCII other than CR and LF, which normalises to itself, and
            // ideographs of the main CJK block with the punctuation around them, whose
            // entries are those of what they normalise to (see ``isDirect(_:)``).
            if n < limit {
              let b0 = base[i]
              if b0 < 0x80 {
                if b0 != 0x0A && b0 != 0x0D {
                  write[n] = entry[Int(b0)]
                  n &+= 1
                  i &+= 1
                  previousWasCR = false
                  continue
                }
              } else if i &+ 4 <= count {
                // Three bytes read as one word: a lead byte 1110xxxx and two continuation
                // bytes 10xxxxxx test with one mask, and the scalar must be in the block.
                let w = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
                let v = (w & 0x0F) &<< 12 | (w & 0x3F00) &>> 2 | (w & 0x3F_0000) &>> 16
                if w & 0xC0_C0F0 == 0x80_80E0 && Self.isDirect(v) {
                  write[n] = entry[Int(v)]
                  n &+= 1
                  i &+= 3
                  previousWasCR = false
                  continue
                }
              }
            }
            guard let v = TextNormalizer.decodeValid(bytes, &i) else { return nil }
            TextNormalizer.normalize(scalar: v, previousWasCR: &previousWasCR) { m in
              guard n < limit else {
                overflow = true
                return
              }
              if m == 0x0A { lineBreaks.append(n) }
              out[n] = m < 0x10000 ? table[Int(m)] : (astralEntries[m] ?? 0)
              n += 1
            }
            if overflow { return 0 }
          }
          return n
        }
      }
      guard overflow else {
        length = result ?? -1
        break
      }
      // Compatibility mappings can expand a scalar to several: retry with more room.
      entries = [UInt32](repeating: 0, count: entries.count * 2 + 16)
    }
    return length < 0 ? nil : length
  }

  /// Adds the n-gram columns of a run of scalar entries (character ids in the high 16 bits),
  /// and notes each entry's symbol (low 16 bits) in `starts`: the positions where the lexicon
  /// scan may leave its shallow state, found in the same pass.
  ///
  /// A position's trigram is looked up whatever its bigram holds: the 65,536-bit filter of
  /// the table's keys rejects most at no cost, and no iteration waits for the previous one's
  /// table probe.
  private func countNGrams(
    of entries: UnsafeBufferPointer<UInt32>, columnOffset: Int32, weight: Float,
    starts: inout TermMatcher.ScanStarts, scratch: inout FeatureScratch
  ) {
    let maxLength = maxLength
    // A local copy the loops can keep in registers (an `inout` one lives in memory).
    var found = starts
    defer { starts = found }
    guard maxLength >= 1 else {
      for (position, entry) in entries.enumerated() { found.note(Int(entry & 0xFFFF), at: position) }
      return
    }
    scratch.withAccumulator { accumulator in
      @inline(__always) func add(_ column: Int32) { accumulator.add(column, weight) }
      unigramColumns.withUnsafeBufferPointer { unigrams in
        filter.withUnsafeBufferPointer { bits in
          ngramTable.withView { table in
            var p1: UInt64 = 0
            var p2: UInt64 = 0
            for position in 0..<entries.count {
              let entry = entries[position]
              found.note(Int(entry & 0xFFFF), at: position)
              let c = UInt64(entry &>> 16)
              guard c != 0 else {
                p1 = 0
                p2 = 0
                continue
              }
              add(columnOffset &+ unigrams[Int(c)])
              if maxLength >= 2, p1 != 0 {
                let bigram = p1 | c &<< 16
                if Self.mayContain(bigram, bits) {
                  let b = table.value(for: bigram)
                  if b >= 0 { add(columnOffset &+ b) }
                }
                if maxLength >= 3, p2 != 0 {
                  let trigram = p2 | bigram &<< 16
                  if Self.mayContain(trigram, bits) {
                    let t = table.value(for: trigram)
                    if t >= 0 { add(columnOffset &+ t) }
                  }
                }
              }
              p2 = p1
              p1 = c
            }
          }
        }
      }
    }
  }

  @inline(__always)
  private static func mayContain(_ key: UInt64, _ filter: UnsafeBufferPointer<UInt64>) -> Bool {
    let bit = filterBit(key)
    return filter[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
  }
}
