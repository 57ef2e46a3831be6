import Foundation
import PolicyFeatures
import Testing
import _PolicyTestSupport

@Suite("NGramKeys")
struct NGramKeysTests {
  static func ngrams(_ text: String, maxLength: Int = 3) -> [String] {
    let scalars = TextNormalizer().normalize(text).scalars
    var out: [String] = []
    scalars.withUnsafeBufferPointer { buffer in
      NGramKeys.forEach(in: buffer, range: 0..<buffer.count, maxLength: maxLength) {
        out.append(NGramKeys.string($0))
      }
    }
    return out
  }

  @Test("key and string round-trip", arguments: ["中", "中国", "碳达峰", "ai", "0g", "a中0", "\u{20000}", "\u{3400}文"])
  func roundTrip(text: String) throws {
    let key = try #require(NGramKeys.key(text))
    #expect(NGramKeys.string(key) == text)
  }

  @Test("digits fold to 0 and capitals to lower case") func folding() {
    #expect(NGramKeys.key("5G").map(NGramKeys.string) == "0g")
    #expect(NGramKeys.key("AI") == NGramKeys.key("ai"))
    #expect(NGramKeys.key("19") == NGramKeys.key("00"))
  }

  @Test("non-word or over-long text has no key", arguments: ["", "中国人民", ",", "中,", "a b", "。"])
  func noKey(text: String) {
    #expect(NGramKeys.key(text) == nil)
  }

  @Test("keys of different lengths differ") func distinctKeys() throws {
    let keys = try ["中", "中中", "中中中", "国", "中国", "国中"].map { try #require(NGramKeys.key($0)) }
    #expect(Set(keys).count == keys.count)
  }

  @Test("n-grams of one run") func oneRun() {
    #expect(Self.ngrams("改革开放") == ["改", "革", "改革", "开", "革开", "改革开", "放", "开放", "革开放"])
    #expect(Self.ngrams("改革开放", maxLength: 1) == ["改", "革", "开", "放"])
    #expect(Self.ngrams("改革", maxLength: 2) == ["改", "革", "改革"])
  }

  @Test("no n-gram crosses punctuation or spaces") func noCrossing() {
    let grams = Self.ngrams("中国,经济 发展。好")
    #expect(grams == ["中", "国", "中国", "经", "济", "经济", "发", "展", "发展", "好"])
    for text in ["甲乙,丙丁", "甲乙、丙丁", "甲乙 丙丁", "甲乙\n丙丁", "甲乙“丙丁”", "甲乙—丙丁"] {
      let grams = Self.ngrams(text)
      #expect(!grams.contains { $0.contains("乙") && $0.contains("丙") }, "\(text)")
    }
  }

  @Test("random word scalars round-trip") func randomRoundTrip() throws {
    var rng = SplitMix64(seed: 3)
    let ranges: [ClosedRange<UInt32>] = [0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x3134F, 0x61...0x7A]
    for _ in 0..<1000 {
      let length = Int.random(in: 1...3, using: &rng)
      var view = String.UnicodeScalarView()
      for _ in 0..<length {
        let range = ranges.randomElement(using: &rng)!
        view.append(Unicode.Scalar(UInt32.random(in: range, using: &rng))!)
      }
      let text = String(view)
      let key = try #require(NGramKeys.key(text))
      #expect(NGramKeys.string(key) == text)
    }
  }
}

@Suite("TFIDFWeighting")
struct TFIDFWeightingTests {
  @Test("idf = ln((1+n)/(1+df)) + 1") func idfFormula() {
    let w = TFIDFWeighting(documentFrequencies: [0, 1, 3, 10], documentCount: 10)
    let expected: [Double] = [log(11.0 / 1) + 1, log(11.0 / 2) + 1, log(11.0 / 4) + 1, 1]
    #expect(w.idf.count == 4)
    for (a, b) in zip(w.idf, expected) {
      #expect(abs(Double(a) - b) < 1e-6)
    }
    // By hand: n = 3, df = 1 → ln(4/2) + 1 = 1.6931…
    let hand = TFIDFWeighting(documentFrequencies: [1], documentCount: 3)
    #expect(abs(hand.idf[0] - 1.693_147) < 1e-5)
  }

  @Test("sublinear tf = 1 + ln c, 0 for 0") func sublinear() {
    let w = TFIDFWeighting(termFrequency: .sublinear, idf: [])
    #expect(w.tf(0) == 0)
    #expect(w.tf(1) == 1)
    #expect(abs(w.tf(2) - Float(1 + log(2.0))) < 1e-6)
    #expect(abs(w.tf(10) - Float(1 + log(10.0))) < 1e-6)
    let raw = TFIDFWeighting(termFrequency: .raw, idf: [])
    #expect(raw.tf(7) == 7)
  }

  @Test("transform weights by tf·idf and normalises to unit length") func transformByHand() {
    let w = TFIDFWeighting(termFrequency: .sublinear, idf: [1, 2, 3, 4])
    let out = w.transform(SparseVector(indices: [0, 2, 3], values: [1, 4, 0.5]))
    #expect(out.indices == [0, 2, 3])
    let raw: [Double] = [1 * 1, (1 + log(4.0)) * 3, (1 + log(0.5)) * 4]
    let norm = raw.map { $0 * $0 }.reduce(0, +).squareRoot()
    for (a, b) in zip(out.values, raw.map { $0 / norm }) {
      #expect(abs(Double(a) - b) < 1e-5)
    }
    #expect(abs(out.norm - 1) < 1e-5)
  }

  @Test("random rows have unit L2 norm") func randomUnitNorm() {
    var rng = SplitMix64(seed: 11)
    let columns = 50
    let dfs = (0..<columns).map { _ in Int.random(in: 0...100, using: &rng) }
    for tf in TFIDFWeighting.TermFrequency.allCases {
      let w = TFIDFWeighting(termFrequency: tf, documentFrequencies: dfs, documentCount: 100)
      for _ in 0..<200 {
        let picked = Set(
          (0..<Int.random(in: 1...10, using: &rng)).map { _ in Int32.random(in: 0..<Int32(columns), using: &rng) })
        let indices = picked.sorted()
        let values = indices.map { _ in Float(Int.random(in: 1...20, using: &rng)) }
        let out = w.transform(SparseVector(indices: indices, values: values))
        #expect(abs(out.norm - 1) < 1e-5)
        #expect(out.values.allSatisfy { $0 > 0 })
      }
    }
  }

  @Test("a zero vector stays zero") func zeroVector() {
    let w = TFIDFWeighting(idf: [1, 1])
    #expect(w.transform(SparseVector()) == SparseVector())
    let zeros = w.transform(SparseVector(indices: [1], values: [0]))
    #expect(zeros.values == [0])
  }

  @Test("weightings round-trip through Codable") func codable() throws {
    let w = TFIDFWeighting(termFrequency: .raw, idf: [1.5, 2])
    let decoded = try JSONDecoder().decode(TFIDFWeighting.self, from: JSONEncoder().encode(w))
    #expect(decoded == w)
  }
}

@Suite("IntegerHashTable")
struct IntegerHashTableTests {
  @Test("agrees with Dictionary on random keys", arguments: [0, 1, 100])
  func randomKeys(capacity: Int) {
    var rng = SplitMix64(seed: UInt64(capacity) &+ 17)
    var table = IntegerHashTable(capacity: capacity)
    var reference: [UInt64: Int32] = [:]
    var keys: [UInt64] = []
    for step in 0..<5000 {
      let key: UInt64
      switch Int.random(in: 0..<4, using: &rng) {
      case 0 where !keys.isEmpty: key = keys.randomElement(using: &rng)!  // overwrite
      case 1: key = UInt64(step) << 16 | UInt64.random(in: 0..<8, using: &rng)  // trie-like keys
      case 2: key = UInt64.random(in: 0..<64, using: &rng)  // small keys collide often
      default: key = UInt64.random(in: 0..<(UInt64.max - 1), using: &rng)
      }
      let value = Int32.random(in: 0...Int32.max, using: &rng)
      table.set(value, for: key)
      reference[key] = value
      keys.append(key)
    }
    #expect(table.count == reference.count)
    for (k, v) in reference {
      #expect(table.value(for: k) == v)
    }
    for _ in 0..<2000 {
      let probe = UInt64.random(in: 0..<(UInt64.max - 1), using: &rng)
      #expect(table.value(for: probe) == (reference[probe] ?? -1))
    }
    let pairs = table.pairs
    #expect(pairs.count == reference.count)
    #expect(Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) }) == reference)
  }

  @Test("an empty table has nothing") func empty() {
    let table = IntegerHashTable(capacity: 10)
    #expect(table.count == 0)
    #expect(table.value(for: 0) == -1)
    #expect(table.value(for: 12345) == -1)
    #expect(table.pairs.isEmpty)
  }

  @Test("key 0 is an ordinary key") func zeroKey() {
    var table = IntegerHashTable(capacity: 1)
    table.set(5, for: 0)
    #expect(table.value(for: 0) == 5)
    table.set(6, for: 0)
    #expect(table.value(for: 0) == 6)
    #expect(table.count == 1)
  }

  @Test("NGramVocabulary looks up its keys") func vocabulary() throws {
    let keys = try ["改革", "开放", "中", "0g"].map { try #require(NGramKeys.key($0)) }
    let vocabulary = NGramVocabulary(keys: keys)
    #expect(vocabulary.count == 4)
    for (i, k) in keys.enumerated() { #expect(vocabulary.index(of: k) == Int32(i)) }
    #expect(vocabulary.index(of: try #require(NGramKeys.key("国"))) == -1)
    #expect(vocabulary.strings == ["改革", "开放", "中", "0g"])
  }
}
