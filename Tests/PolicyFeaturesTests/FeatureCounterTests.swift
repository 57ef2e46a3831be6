import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// The counter behind `FeatureSpace.features` must give what the separate steps
/// give: normalise, match lexicon terms, count vocabulary n-grams.
@Suite("FeatureCounter")
struct FeatureCounterTests {
  /// Scalars that exercise every branch: term and n-gram characters, case and digit folding,
  /// full-width forms, CR/LF, zero-width and expanding compatibility characters, punctuation,
  /// astral ideographs and scalars outside every vocabulary.
  static let alphabet: [String] = [
    "环", "境", "保", "护", "能", "源", "车", "新", "改", "革", "绿", "色", "A", "a", "B", "b", "7", "3",
    "Ａ", "７", "，", "。", "、", " ", "\n", "\r\n", "\r", "\u{200B}", "\u{FEFF}", "㍿", "ﬁ", "株", "式",
    "“", "”", "【", "】", "𠀀", "𠀁", "é", "\u{3000}", "-", "x", "ａ", "：", "（", "…", "—", "‘", "「",
    "㐀", "\u{2025}", "\u{2013}",
  ]

  static func randomText(_ length: ClosedRange<Int>, _ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: length, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      .joined()
  }

  /// Features computed the slow, separate way.
  static func reference(_ space: FeatureSpace, title: String, text: String)
    -> (counts: [Int32: Float], matches: [[TermMatch]], length: Int)
  {
    var counts: [Int32: Float] = [:]
    var matchLists: [[TermMatch]] = []
    var length = 0
    for (part, weight) in [(title, space.titleWeight), (text, Float(1))] {
      let scalars = TextNormalizer().normalize(part).scalars
      length += scalars.count
      let matches = space.matcher.matches(in: scalars)
      matchLists.append(matches)
      for m in matches where space.matcher.featureIndexOfPattern[m.pattern] >= 0 {
        counts[Int32(space.matcher.featureIndexOfPattern[m.pattern]), default: 0] += weight
      }
      scalars.withUnsafeBufferPointer { buffer in
        space.ngrams.forEachColumn(in: buffer, range: 0..<buffer.count, maxLength: space.maxNGramLength) {
          counts[Int32(space.termCount) + $0, default: 0] += weight
        }
      }
    }
    return (counts, matchLists, length)
  }

  @Test("equals normalise + match + n-gram look-up on random text")
  func agreesWithSeparateSteps() throws {
    var rng = SplitMix64(seed: 0xFEA7)
    for round in 0..<150 {
      let topics = try LexiconSet(
        (0..<Int.random(in: 1...3, using: &rng)).map { t in
          TopicLexicon(
            id: "t\(t)", chineseName: "t", englishName: "t",
            terms: (0..<Int.random(in: 1...6, using: &rng)).map { _ in
              LexiconTerm(text: Self.randomText(1...4, &rng), weight: [0.5, 1, 2].randomElement(using: &rng)!)
            },
            exclusions: (0..<Int.random(in: 0...2, using: &rng)).map { _ in
              LexiconTerm(text: Self.randomText(2...5, &rng))
            })
        })
      // A vocabulary of n-grams seen in random text, as training would pick them.
      var keys = Set<UInt64>()
      for _ in 0..<Int.random(in: 0...40, using: &rng) {
        let scalars = TextNormalizer().normalize(Self.randomText(1...3, &rng)).scalars
        scalars.withUnsafeBufferPointer { b in
          NGramKeys.forEach(in: b, range: 0..<b.count) { key in
            if Bool.random(using: &rng) { keys.insert(key) }
          }
        }
      }
      let space = FeatureSpace(
        matcher: TermMatcher(lexicons: topics), ngrams: NGramVocabulary(keys: keys.sorted()),
        titleWeight: [1, 2].randomElement(using: &rng)!, maxNGramLength: Int.random(in: 1...3, using: &rng))
      var scratch = FeatureScratch()
      for _ in 0..<8 {
        let title = Self.randomText(0...12, &rng)
        let text = Self.randomText(0...80, &rng)
        let fused = space.features(title: title, text: text, scratch: &scratch)
        let expected = Self.reference(space, title: title, text: text)
        let counts = Dictionary(uniqueKeysWithValues: zip(fused.counts.indices, fused.counts.values))
        #expect(counts == expected.counts, "round \(round): \(title.debugDescription) / \(text.debugDescription)")
        #expect(fused.titleMatches == expected.matches[0], "round \(round)")
        #expect(fused.bodyMatches == expected.matches[1], "round \(round)")
        #expect(fused.length == expected.length, "round \(round)")
        if counts != expected.counts { return }
      }
    }
  }

  /// Found by fuzzing: an article that touches every column (the sink included) and then adds
  /// once more wrote one slot past the touched list (debug builds assert on it).
  @Test("an article may touch every column, again and again")
  func touchesEveryColumn() throws {
    let space = FeatureSpace(
      matcher: TermMatcher(
        lexicons: try LexiconSet([
          TopicLexicon(
            id: "e", chineseName: "e", englishName: "e",
            terms: [LexiconTerm(text: "环境"), LexiconTerm(text: "光伏")])
        ])),
      ngrams: NGramVocabulary(keys: ["环", "光伏"].compactMap(NGramKeys.key).sorted()))
    var scratch = FeatureScratch()
    // Every term, every n-gram and a character outside the vocabulary (the sink), twice over.
    let text = String(repeating: "环境光伏，新", count: 3)
    let features = space.features(title: text, text: text, scratch: &scratch)
    let counts = Dictionary(uniqueKeysWithValues: zip(features.counts.indices, features.counts.values))
    #expect(counts.count == space.count)
    #expect(counts.values.allSatisfy { $0 > 0 })
    // The scratch is clean for the next article.
    let next = space.features(title: "", text: "环境", scratch: &scratch)
    #expect(next.counts.indices.count == 2)
  }

  @Test("decodes directly exactly the ideographs and the punctuation listed, each to one scalar")
  func directScalars() {
    let listed = Set(FeatureCounter.directPunctuation)
    for v in UInt32(0x800)...0xFFFF where v & 0xF800 != 0xD800 {
      #expect(FeatureCounter.isDirect(v) == ((0x4E00...0x9FFF).contains(v) || listed.contains(v)), "U+\(v)")
    }
    // What decoding assumes: each becomes one scalar, not a line break, and the table holds
    // that scalar's entry (the random-text test checks the entries).
    for v in listed {
      let normalized = TextNormalizer().normalize(String(Character(Unicode.Scalar(v)!))).scalars
      #expect(normalized.count == 1 && normalized != [0x0A], "U+\(v)")
    }
  }

  @Test("rejects exactly the byte strings that are not UTF-8")
  func validatesUTF8() throws {
    let space = FeatureSpace(
      matcher: TermMatcher(
        lexicons: try LexiconSet([
          TopicLexicon(id: "e", chineseName: "e", englishName: "e", terms: [LexiconTerm(text: "环境")])
        ])))
    var scratch = FeatureScratch()
    func accepts(_ bytes: [UInt8]) -> Bool {
      bytes.withUnsafeBufferPointer { text in
        [UInt8]().withUnsafeBufferPointer { title in
          space.features(titleUTF8: title, textUTF8: text, scratch: &scratch) != nil
        }
      }
    }
    let invalid: [[UInt8]] = [
      [0x80], [0xBF, 0x41], [0xC0, 0x80], [0xC1, 0xBF], [0xC3], [0xE0, 0x80, 0x80], [0xE7, 0x8E],
      [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
      [0xFF], Array("环境".utf8) + [0xE7],
    ]
    for bytes in invalid { #expect(!accepts(bytes), "\(bytes)") }
    #expect(accepts(Array("保护环境 ok 𠀀".utf8)))
    #expect(accepts([]))
    // Random bytes biased towards UTF-8 lead and continuation bytes: the counter and the
    // standard library agree on every one.
    var rng = SplitMix64(seed: 0x0B17E5)
    let pool: [UInt8] = [
      0x41, 0x0A, 0x80, 0x8E, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE7, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0,
    ]
    for _ in 0..<3000 {
      let bytes = (0..<Int.random(in: 1...8, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
      #expect(accepts(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
  }
}
