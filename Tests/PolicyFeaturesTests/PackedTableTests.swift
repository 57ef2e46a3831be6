import Testing
import _PolicyTestSupport

@testable import PolicyFeatures

@Suite("PackedTable")
struct PackedTableTests {
  @Test("agrees with Dictionary on random pairs, at both key widths", arguments: [40, 48])
  func randomPairs(keyBits: Int) {
    var rng = SplitMix64(seed: UInt64(keyBits))
    let keyLimit: UInt64 = (1 << UInt64(keyBits)) - 1
    let valueLimit = Int32(min(Int64(Int32.max), (Int64(1) << Int64(64 - keyBits)) - 2))
    var pairs: [(key: UInt64, value: Int32)] = []
    var reference: [UInt64: Int32] = [:]
    for step in 0..<3000 {
      let key: UInt64
      switch Int.random(in: 0..<3, using: &rng) {
      case 0 where !pairs.isEmpty: key = pairs.randomElement(using: &rng)!.key  // a later value wins
      case 1: key = UInt64(step + 1) << 16 | UInt64.random(in: 0..<8, using: &rng)  // automaton-like
      default: key = UInt64.random(in: 1...keyLimit, using: &rng)
      }
      let value = Int32.random(in: 0...valueLimit, using: &rng)
      pairs.append((key, value))
      reference[key] = value
    }
    let table = PackedTable(pairs, keyBits: keyBits)
    let wrong = reference.filter { table.value(for: $0.key) != $0.value }
    #expect(wrong.isEmpty, "\(wrong.count) stored keys answered wrongly")
    let probes = (0..<2000).map { _ in UInt64.random(in: 1...keyLimit, using: &rng) }
    let wrongProbes = probes.filter { table.value(for: $0) != (reference[$0] ?? -1) }
    #expect(wrongProbes.isEmpty, "\(wrongProbes.count) probes answered wrongly")
    #expect(table.value(for: 0xFFFF) == (reference[0xFFFF] ?? -1))
  }

  @Test("an empty table answers -1") func empty() {
    let table = PackedTable([], keyBits: 48)
    #expect(table.value(for: 1) == -1)
    #expect(table.value(for: (1 << 48) - 1) == -1)
  }

  @Test("the largest value and key fit") func extremes() {
    let table = PackedTable([(key: (1 << 40) - 1, value: (1 << 24) - 2), (key: 1, value: 0)], keyBits: 40)
    #expect(table.value(for: (1 << 40) - 1) == (1 << 24) - 2)
    #expect(table.value(for: 1) == 0)
    #expect(table.value(for: 2) == -1)
  }
}
