import Foundation
import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

/// The byte-level line and space handling agrees with plain `String` references on random
/// text made of the characters that matter: line breaks of every kind, spaces of every kind,
/// zero-width characters, combining marks and ideographs.
@Suite("Bulletin lines on random text")
struct BulletinLinesPropertyTests {
  static let alphabet: [String] = [
    "\n", "\r", "\r\n", " ", "\t", "\u{3000}", "\u{A0}", "\u{FEFF}", "\u{200B}", "\u{200D}", "\u{2060}",
    "\u{301}", "é", "a", "中", "版", "。", "(", "（", "下转第2版", "\u{1F600}",
  ]

  static func randomPage(_ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
      .joined()
  }

  /// Lines as `Character` splitting gives them (`\r\n` is one `Character`).
  static func referenceLines(_ page: String) -> [String] {
    page.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
      .map(String.init)
  }

  /// Space collapsing scalar by scalar.
  static func referenceCollapse(_ line: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for u in line.unicodeScalars {
      switch u.value {
      case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060: continue
      case 0x20, 0x09, 0x3000, 0xA0: pendingSpace = !out.isEmpty
      default:
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(u)
      }
    }
    return String(out)
  }

  @Test func linesAndSpacesMatchReferences() {
    var rng = SplitMix64(seed: 0x11AE5)
    for _ in 0..<2000 {
      let page = Self.randomPage(&rng)
      var lines: [String] = []
      BulletinSplitter.forEachLine(of: page) { lines.append(String(decoding: $0, as: UTF8.self)) }
      #expect(lines == Self.referenceLines(page), "page \(page.debugDescription)")
      for line in lines {
        #expect(BulletinSplitter.collapseSpaces(Substring(line)) == Self.referenceCollapse(line))
      }
    }
  }
}
