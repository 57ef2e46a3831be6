import PolicyFeatures
import Testing
import _PolicyTestSupport

@Suite("TermMatcher")
struct TermMatcherTests {
  static func topic(_ id: String, _ terms: [String], exclusions: [String] = []) -> TopicLexicon {
    TopicLexicon(
      id: id, chineseName: id, englishName: id, terms: terms.map { LexiconTerm(text: $0) },
      exclusions: exclusions.map { LexiconTerm(text: $0) })
  }

  static func matcher(_ topics: [TopicLexicon]) throws -> TermMatcher {
    TermMatcher(lexicons: try LexiconSet(topics))
  }

  /// Matches as (text, start, end), in order.
  static func found(_ matcher: TermMatcher, in text: String) -> [(String, Int, Int)] {
    let normal = TextNormalizer().normalize(text)
    return matcher.matches(in: normal).map { (matcher.patterns[$0.pattern].text, $0.start, $0.end) }
  }

  static func texts(_ matcher: TermMatcher, in text: String) -> [String] {
    found(matcher, in: text).map(\.0)
  }

  @Test("leftmost-longest: 新能源汽车 beats 新能源") func longestWins() throws {
    let m = try Self.matcher([Self.topic("new-energy", ["新能源", "新能源汽车", "汽车"])])
    #expect(Self.texts(m, in: "推动新能源汽车产业发展") == ["新能源汽车"])
    #expect(Self.texts(m, in: "发展新能源,也发展汽车") == ["新能源", "汽车"])
    let spans = Self.found(m, in: "新能源汽车")
    #expect(spans.count == 1)
    #expect(spans.first?.1 == 0)
    #expect(spans.first?.2 == 5)
  }

  @Test("leftmost beats longer-but-later") func leftmostWins() throws {
    let m = try Self.matcher([Self.topic("t", ["数字经济", "经济发展质量"])])
    // 数字经济 starts first, so the longer 经济发展质量 that overlaps it loses.
    #expect(Self.texts(m, in: "数字经济发展质量") == ["数字经济"])
  }

  @Test("an exclusion hides the term inside it") func exclusion() throws {
    let m = try Self.matcher([
      Self.topic("environment", ["环境", "生态"], exclusions: ["营商环境"])
    ])
    let matches = m.matches(in: TextNormalizer().normalize("优化营商环境,保护生态环境"))
    #expect(matches.map { m.patterns[$0.pattern].text } == ["营商环境", "生态", "环境"])
    let first = try #require(matches.first)
    #expect(m.patterns[first.pattern].topicWeights.isEmpty)
    #expect(m.patterns[first.pattern].excludedTopics == [0])
    #expect(m.featureIndexOfPattern[first.pattern] == -1)
    // Counted through FeatureSpace: the hidden 环境 is not a mention.
    var scratch = FeatureScratch()
    let features = FeatureSpace(matcher: m).features(
      title: "", text: "优化营商环境", scratch: &scratch)
    #expect(features.topicMentions == [0])
    #expect(features.counts.count == 0)
  }

  @Test("a term of A that is an exclusion of B counts for A only") func termAndExclusion() throws {
    let m = try Self.matcher([
      Self.topic("business", ["营商环境", "市场主体"]),
      Self.topic("environment", ["环境"], exclusions: ["营商环境"]),
    ])
    let matches = m.matches(in: TextNormalizer().normalize("持续优化营商环境"))
    #expect(matches.count == 1)
    let p = m.patterns[try #require(matches.first).pattern]
    #expect(p.text == "营商环境")
    #expect(p.topicWeights.map(\.topic) == [0])
    #expect(p.excludedTopics == [1])
    var scratch = FeatureScratch()
    let features = FeatureSpace(matcher: m).features(
      title: "营商环境", text: "改善环境", scratch: &scratch)
    #expect(features.topicMentions == [1, 1])
  }

  @Test("a pattern that is a term and an exclusion of one topic is an exclusion") func selfExcluded() throws {
    let m = try Self.matcher([Self.topic("t", ["环境", "营商环境"], exclusions: ["营商环境"])])
    let i = try #require(m.patterns.firstIndex { $0.text == "营商环境" })
    #expect(m.patterns[i].topicWeights.isEmpty)
    #expect(!m.termPatterns.contains(i))
  }

  @Test("a shared term carries each topic's weight") func sharedTerm() throws {
    let set = try LexiconSet([
      TopicLexicon(
        id: "a", chineseName: "甲", englishName: "A", terms: [LexiconTerm(text: "数字化", weight: 2)]),
      TopicLexicon(
        id: "b", chineseName: "乙", englishName: "B",
        terms: [LexiconTerm(text: "数字化", weight: 0.5), LexiconTerm(text: "数字化", weight: 3)]),
    ])
    let m = TermMatcher(lexicons: set)
    #expect(m.patterns.count == 1)
    let weights = m.patterns[0].topicWeights
    #expect(weights.map(\.topic) == [0, 1])
    #expect(weights.map(\.weight) == [2, 3])
    #expect(m.termPatterns == [0])
    #expect(m.topicCount == 2)
  }

  @Test("patterns are normalised like the text") func normalisedPatterns() throws {
    let m = try Self.matcher([Self.topic("t", ["５Ｇ基站", "“双碳”"])])
    #expect(Self.texts(m, in: "建设5G基站,落实\"双碳\"") == ["5G基站", "\"双碳\""])
    #expect(Self.texts(m, in: "建设５Ｇ基站,落实“双碳”") == ["5G基站", "\"双碳\""])
  }

  @Test("scalars outside the BMP") func astral() throws {
    let m = try Self.matcher([Self.topic("t", ["\u{20000}中", "中"])])
    #expect(Self.found(m, in: "a\u{20000}中b中").map(\.0) == ["\u{20000}中", "中"])
    #expect(Self.found(m, in: "a\u{20000}中b中").map(\.1) == [1, 4])
  }

  @Test("matches are non-overlapping and in order") func nonOverlapping() throws {
    let m = try Self.matcher([
      Self.topic("t", ["改革", "深化改革", "改革开放", "开放", "对外开放", "放管服"])
    ])
    let matches = m.matches(in: TextNormalizer().normalize("全面深化改革开放,扩大对外开放,推进放管服改革"))
    for (a, b) in zip(matches, matches.dropFirst()) {
      #expect(a.end <= b.start)
    }
    #expect(
      matches.map { m.patterns[$0.pattern].text } == ["深化改革", "开放", "对外开放", "放管服", "改革"])
  }

  @Test("no patterns, no text") func empty() throws {
    let m = try Self.matcher([Self.topic("t", ["改革"])])
    #expect(m.matches(in: [UInt32]()).isEmpty)
    #expect(Self.texts(m, in: "没有相关词语") == [])
  }

  // MARK: Property test

  /// Leftmost-longest, non-overlapping matching by brute force.
  static func reference(patterns: Set<[UInt32]>, text: [UInt32]) -> [([UInt32], Int, Int)] {
    var out: [([UInt32], Int, Int)] = []
    var i = 0
    let maxLength = patterns.map(\.count).max() ?? 0
    while i < text.count {
      var best: [UInt32]? = nil
      for length in stride(from: min(maxLength, text.count - i), through: 1, by: -1) {
        let candidate = Array(text[i..<(i + length)])
        if patterns.contains(candidate) {
          best = candidate
          break
        }
      }
      if let best {
        out.append((best, i, i + best.count))
        i += best.count
      } else {
        i += 1
      }
    }
    return out
  }

  @Test("agrees with a brute-force leftmost-longest reference on random input")
  func randomAgainstReference() throws {
    var rng = SplitMix64(seed: 0xA40C)
    let alphabet: [Character] = ["甲", "乙", "丙", "a"]
    func word(_ lengths: ClosedRange<Int>) -> String {
      String((0..<Int.random(in: lengths, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
    }
    for round in 0..<400 {
      let topicCount = Int.random(in: 1...3, using: &rng)
      var topics: [TopicLexicon] = []
      for t in 0..<topicCount {
        let terms = (0..<Int.random(in: 1...5, using: &rng)).map { _ in word(1...4) }
        let exclusions = (0..<Int.random(in: 0...2, using: &rng)).map { _ in word(2...5) }
        topics.append(Self.topic("t\(t)", terms, exclusions: exclusions))
      }
      let m = try Self.matcher(topics)
      let all = Set(topics.flatMap { $0.terms.map(\.text) + $0.exclusions.map(\.text) })
      let patterns = Set(all.map { $0.unicodeScalars.map(\.value) })
      #expect(Set(m.patterns.map(\.text)) == all, "round \(round)")

      for _ in 0..<10 {
        let text = word(0...40).unicodeScalars.map(\.value)
        let actual = m.matches(in: text).map {
          (m.patterns[$0.pattern].text.unicodeScalars.map(\.value), $0.start, $0.end)
        }
        let expected = Self.reference(patterns: patterns, text: text)
        let same =
          actual.count == expected.count
          && zip(actual, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 }
        let shown = String(String.UnicodeScalarView(text.compactMap(Unicode.Scalar.init)))
        #expect(same, "round \(round): \(shown)")
        if !same { return }
      }

      // Topic meaning of each pattern: terms of a topic minus that topic's exclusions.
      for p in m.patterns {
        let termOf = Set(topics.indices.filter { topics[$0].terms.contains { $0.text == p.text } })
        let excludedBy = Set(
          topics.indices.filter { topics[$0].exclusions.contains { $0.text == p.text } })
        #expect(Set(p.topicWeights.map(\.topic)) == termOf.subtracting(excludedBy))
        #expect(Set(p.excludedTopics) == excludedBy)
      }
    }
  }
}
