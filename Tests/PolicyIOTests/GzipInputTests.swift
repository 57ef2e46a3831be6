import Foundation
import PolicyIO
import Testing
import _PolicyTestSupport

/// `.gz` inputs as ByteLineReader reads them (ISA-L inflate), against files made by gzip(1).
@Suite("Gzip input")
struct GzipInputTests {
  /// Every line of the file at `path` (as ByteLineReader gives them), or the error it threw.
  static func lines(of path: String) -> Result<[String], InputError> {
    var lines: [String] = []
    do {
      let reader = try ByteLineReader(path: path, maxLineBytes: 1 << 20)
      try reader.forEachLine { line in
        if case .bytes(let bytes, _) = line { lines.append(String(decoding: bytes, as: UTF8.self)) }
        return true
      }
      return .success(lines)
    } catch let failure as ByteLineReader.ReadFailure {
      return .failure(failure.error)
    } catch let error as InputError {
      return .failure(error)
    } catch {
      Issue.record("unexpected error \(error)")
      return .success(lines)
    }
  }

  /// Lines of varied length, many times the reader's 128 KB input buffer once compressed
  /// (the counter keeps them from compressing to nothing).
  static let sample: [String] = (0..<6000).map { n in
    "第\(n)条：推进绿色低碳转型，" + String(repeating: "新能源汽车产业链", count: n % 9) + "#\(n * 7919 % 10007)"
  }

  static var sampleBytes: [UInt8] { Array((sample.joined(separator: "\n") + "\n").utf8) }

  @Test("reads what gzip wrote, at every level", arguments: [1, 6, 9])
  func roundTrip(level: Int) throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("a.jsonl.gz", try gzipped(Self.sampleBytes, level: level))
    #expect(try Self.lines(of: path).get() == Self.sample)
  }

  @Test("reads concatenated members one after the other") func members() throws {
    let dir = try TemporaryDirectory()
    let first = Array("一\n二\n".utf8)
    let members = try gzipped(first) + gzipped(Self.sampleBytes) + gzipped(first)
    let path = try dir.write("m.jsonl.gz", members)
    #expect(try Self.lines(of: path).get() == ["一", "二"] + Self.sample + ["一", "二"])
  }

  @Test("an empty file and an empty member give no lines") func empty() throws {
    let dir = try TemporaryDirectory()
    #expect(try Self.lines(of: try dir.write("e.jsonl.gz", [])).get() == [])
    #expect(try Self.lines(of: try dir.write("z.jsonl.gz", try gzipped([]))).get() == [])
  }

  @Test("gzip data is read whatever the file is called") func gzipByContent() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write("packed-but-named.jsonl", try gzipped(Self.sampleBytes))
    #expect(try Self.lines(of: path).get() == Self.sample)
  }

  @Test("a file that is not gzip is read as it is") func notGzip() throws {
    let dir = try TemporaryDirectory()
    #expect(try Self.lines(of: try dir.write("plain.jsonl.gz", Self.sampleBytes)).get() == Self.sample)
    #expect(try Self.lines(of: try dir.write("one.jsonl.gz", [0x41])).get() == ["A"])
  }

  /// The message of the error reading `bytes` as a `.gz` file, which must name the file.
  static func failure(_ bytes: [UInt8]) throws -> String {
    let dir = try TemporaryDirectory()
    let path = try dir.write("bad.jsonl.gz", bytes)
    guard case .failure(let error) = Self.lines(of: path) else {
      Issue.record("damaged gzip file read without an error")
      return ""
    }
    let message = "\(error)"
    #expect(message.contains(path))
    return message
  }

  @Test("a truncated file is an error, wherever it is cut", arguments: [0.1, 0.5, 0.99])
  func truncated(fraction: Double) throws {
    let packed = try gzipped(Self.sampleBytes)
    let message = try Self.failure(Array(packed[0..<Int(Double(packed.count) * fraction)]))
    #expect(message.contains("ends early"))
  }

  @Test("a file cut inside its 8-byte trailer is an error") func truncatedTrailer() throws {
    let packed = try gzipped(Self.sampleBytes)
    #expect(try Self.failure(Array(packed.dropLast(3))).contains("ends early"))
  }

  @Test("a damaged byte is an error (bad data or checksum)") func damaged() throws {
    var packed = try gzipped(Self.sampleBytes)
    packed[packed.count / 2] ^= 0x55
    #expect(try Self.failure(packed).contains("corrupt gzip stream"))
    // In the CRC-32 of the trailer: the data decodes, the check fails.
    var badCRC = try gzipped(Self.sampleBytes)
    badCRC[badCRC.count - 6] ^= 0x01
    #expect(try Self.failure(badCRC).contains("checksum"))
  }

  /// With only the trailer's CRC-32 wrong every byte inflates: all lines are delivered (as
  /// the lines before any damage are), then the checksum is the error, not a lost last chunk.
  @Test("a wrong checksum comes after every line") func checksumAfterEveryLine() throws {
    var badCRC = try gzipped(Self.sampleBytes)
    badCRC[badCRC.count - 6] ^= 0x01
    let dir = try TemporaryDirectory()
    let path = try dir.write("crc.jsonl.gz", badCRC)
    var lines: [String] = []
    var failure: InputError?
    do {
      try ByteLineReader(path: path, maxLineBytes: 1 << 20).forEachLine { line in
        if case .bytes(let bytes, _) = line { lines.append(String(decoding: bytes, as: UTF8.self)) }
        return true
      }
    } catch let error as ByteLineReader.ReadFailure {
      failure = error.error
    }
    #expect(lines == Self.sample)
    #expect(failure.map { "\($0)".contains("checksum") } == true)
  }

  @Test("zero bytes padding the file after the last member are not data") func zeroPadding() throws {
    let dir = try TemporaryDirectory()
    let packed = try gzipped(Array("一\n二\n".utf8))
    for padding in [1, 512, 300_000] {
      let path = try dir.write("padded\(padding).jsonl.gz", packed + [UInt8](repeating: 0, count: padding))
      #expect(try Self.lines(of: path).get() == ["一", "二"])
    }
    // Padding that turns into data is still damage.
    let spoilt = packed + [UInt8](repeating: 0, count: 200_000) + [7]
    #expect(try Self.failure(spoilt).contains("after the end of the gzip stream"))
  }

  @Test("bytes after the last member that are not a member are an error") func trailingGarbage() throws {
    let packed = try gzipped(Array("一\n".utf8)) + Array("not gzip".utf8)
    #expect(try Self.failure(packed).contains("after the end of the gzip stream"))
  }
}

/// A damaged `.gz` input among others: its records before the damage are read, the file is
/// reported, and the inputs after it are read too.
@Suite("Damaged gzip among inputs")
struct DamagedGzipInputTests {
  @Test("records before the cut stand, the file is rejected, the next input is read", arguments: ["jsonl", "csv"])
  func truncatedAmongOthers(kind: String) throws {
    let dir = try TemporaryDirectory()
    let rows = (1...400).map { n in
      kind == "jsonl"
        ? #"{"id":"r\#(n)","title":"第\#(n)条","text":"推进新能源汽车产业链建设，编号\#(n * 7919 % 10007)。"}"#
        : "r\(n),第\(n)条,推进新能源汽车产业链建设，编号\(n * 7919 % 10007)。"
    }
    let header = kind == "csv" ? "id,title,text\n" : ""
    let packed = try gzipped(Array((header + rows.joined(separator: "\n") + "\n").utf8))
    let cut = try dir.write("cut.\(kind).gz", Array(packed[0..<(packed.count * 2 / 3)]))
    let good = try dir.write("good.jsonl", #"{"id":"after","title":"光伏","text":"新能源"}"# + "\n")
    let result = try read([cut, good])
    let ids = result.articles.map(\.id)
    #expect(ids.last == "after")
    let before = ids.dropLast()
    #expect(before.count > 100 && before.count < 400, "\(before.count) records before the cut")
    #expect(Array(before) == (1...before.count).map { "r\($0)" })
    #expect(result.rejects.count == 1)
    #expect("\(result.rejects.first.map { "\($0)" } ?? "")".contains("ends early"))
  }
}
