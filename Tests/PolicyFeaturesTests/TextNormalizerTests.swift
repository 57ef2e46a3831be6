import PolicyFeatures
import Testing
import _PolicyTestSupport

@Suite("TextNormalizer")
struct TextNormalizerTests {
  let normalizer = TextNormalizer()

  @Test(
    "mappings",
    arguments: [
      ("ＡＢＣｘｙｚ０１２３", "ABCxyz0123"),
      ("２０２５年，经济（增长）！", "2025年,经济(增长)!"),
      ("中国\u{3000}经济", "中国 经济"),
      ("\u{FEFF}开\u{200B}放\u{200C}合\u{200D}作\u{2060}共\u{00AD}赢", "开放合作共赢"),
      ("第一行\r\n第二行\r第三行\n第四行", "第一行\n第二行\n第三行\n第四行"),
      ("“双碳”目标、「绿色」转型、『新质』力量", "\"双碳\"目标、\"绿色\"转型、\"新质\"力量"),
      ("‘单引号’", "'单引号'"),
      ("【要闻】〔2025〕〖试点〗", "[要闻][2025][试点]"),
      ("。、《》〈〉—…·", "。、《》〈〉—…·"),
      ("\u{00A0}", " "),
      ("ﬁ", "fi"),
      ("①", "1"),
      ("plain ascii, unchanged.", "plain ascii, unchanged."),
      ("", ""),
    ])
  func mapping(input: String, expected: String) {
    #expect(normalizer.normalizedString(input) == expected)
    #expect(normalizer.normalize(input, keepOffsets: true).string == expected)
  }

  @Test("\\r\\r\\n is two line breaks, \\n\\r is two") func lineBreakRuns() {
    #expect(normalizer.normalizedString("a\r\r\nb") == "a\n\nb")
    #expect(normalizer.normalizedString("a\n\rb") == "a\n\nb")
    #expect(normalizer.normalizedString("a\r\n\r\nb") == "a\n\nb")
  }

  @Test("CJK extension ideographs are kept") func extensionIdeographs() {
    let text = "\u{3400}\u{20000}\u{2A6D6}中"
    #expect(normalizer.normalizedString(text) == text)
  }

  @Test("original offsets point at the source scalar") func offsetsHandPicked() {
    // Original scalars: 0 BOM, 1 Ａ, 2 \r, 3 \n, 4 ﬁ, 5 中, 6 U+3000, 7 ZWSP, 8 ”, 9 x
    let text = "\u{FEFF}Ａ\r\nﬁ中\u{3000}\u{200B}”x"
    let n = normalizer.normalize(text, keepOffsets: true)
    #expect(n.string == "A\nfi中 \"x")
    #expect(n.originalOffsets == [1, 2, 4, 4, 5, 6, 8, 9])
    #expect(n.originalLength == 10)
    #expect(n.originalOffset(0) == 1)
    #expect(n.originalOffset(n.scalars.count) == 10)
    #expect(n.string(4..<6) == "中 ")
  }

  @Test("without keepOffsets no offsets are stored") func noOffsets() {
    let n = normalizer.normalize("Ａ中", keepOffsets: false)
    #expect(n.originalOffsets.isEmpty)
    #expect(n.originalLength == 2)
    #expect(n.originalOffset(0) == 2)
  }

  @Test("offsets map back on random text") func offsetsRandom() {
    let pool: [String] = [
      "中", "国", "经", "济", "Ａ", "ｚ", "１", "，", "。", "\u{3000}", "\u{FEFF}", "\u{200B}", "\r",
      "\n", "\r\n", "“", "”", "「", "【", "ﬁ", "①", "a", " ", "\u{20000}", "—",
    ]
    var rng = SplitMix64(seed: 42)
    for _ in 0..<300 {
      let length = Int.random(in: 0...30, using: &rng)
      let text = (0..<length).map { _ in pool.randomElement(using: &rng) ?? "" }.joined()
      let original = Array(text.unicodeScalars)
      let n = normalizer.normalize(text, keepOffsets: true)
      #expect(n.originalLength == original.count)
      #expect(n.originalOffsets.count == n.scalars.count)
      #expect(n.scalars == normalizer.normalize(text).scalars)
      var previous: Int32 = -1
      for (i, offset) in n.originalOffsets.enumerated() {
        #expect(offset >= previous, "offsets must not go backwards in \(text.debugDescription)")
        previous = offset
        // Normalising the source scalar alone yields the normalised scalar.
        let source = String(String.UnicodeScalarView([original[Int(offset)]]))
        #expect(
          normalizer.normalize(source).scalars.contains(n.scalars[i]),
          "scalar \(i) of \(text.debugDescription)")
      }
    }
  }

  @Test("bytes that are not UTF-8 become U+FFFD, one per bad byte, with or without offsets")
  func invalidBytes() {
    let bytes: [UInt8] = [0x41, 0xFF, 0x42, 0xE7, 0x8E, 0x43, 0xED, 0xA0, 0x80] + Array("环".utf8) + [0xE7]
    for keep in [false, true] {
      let normal = bytes.withUnsafeBufferPointer { TextNormalizer().normalize(utf8: $0, keepOffsets: keep) }
      #expect(
        normal.scalars == [0x41, 0xFFFD, 0x42, 0xFFFD, 0xFFFD, 0x43, 0xFFFD, 0xFFFD, 0xFFFD, 0x73AF, 0xFFFD],
        "keepOffsets: \(keep)")
    }
  }

  @Test("isValidUTF8 agrees with the standard library, across the ASCII fast path")
  func validation() {
    var rng = SplitMix64(seed: 0x5EED_07F8)
    // Bytes biased towards ASCII runs (the eight-byte path) and UTF-8 edge bytes.
    let pool: [UInt8] = [
      0x41, 0x41, 0x41, 0x0A, 0x80, 0x8E, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE7, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0,
    ]
    for _ in 0..<4000 {
      let bytes = (0..<Int.random(in: 0...24, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
      let expected = String(validating: bytes, as: UTF8.self)
      bytes.withUnsafeBufferPointer { buffer in
        #expect(TextNormalizer.isValidUTF8(buffer) == (expected != nil), "\(bytes)")
        #expect(TextNormalizer.string(validatingUTF8: buffer) == expected, "\(bytes)")
      }
    }
    let text = Array("policy 生态环境保护 and 𠀀 more ASCII after".utf8)
    text.withUnsafeBufferPointer {
      #expect(TextNormalizer.string(validatingUTF8: $0) == String(decoding: text, as: UTF8.self))
    }
  }

  @Test("combineNormalizedUTF8 feeds the normalised string's UTF-8, on random text")
  func normalizedHash() {
    var rng = SplitMix64(seed: 0xF1A7_64)
    let pieces = [
      "生态", "环境", "Ａ", "１", "，", "\u{3000}", "“", "】", "\u{200B}", "\u{FEFF}", "\r\n", "\r", "\n", "a", "Z", "é",
      "ﬁ", "①", "㎡", "𠀀", "😀", "\u{FDFA}", "\u{301}",
    ]
    let normalizer = TextNormalizer()
    for _ in 0..<150 {
      let text = (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
      var streamed = FNV1a64()
      normalizer.combineNormalizedUTF8(of: text, into: &streamed)
      var reference = FNV1a64()
      reference.combine(normalizer.normalizedString(text))
      #expect(streamed.value == reference.value, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}
