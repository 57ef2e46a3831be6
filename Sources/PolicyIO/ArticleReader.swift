import Foundation
import PolicyCore

/// Streams articles from any mix of inputs: JSONL (optionally gzipped), CSV, text bulletin
/// pages, directories of those (recursively, in sorted order), and `-` for standard input.
///
/// Records are handed over one at a time, so memory stays bounded whatever the input size.
/// Problems go to `reject` with file and line; reading then goes on with the next record.
///
/// ```swift
/// let reader = ArticleReader(inputs: ["pages/", "extra.jsonl"], options: ReaderOptions())
/// try reader.forEach { record in print(record.article.title) } reject: { print($0) }
/// ```
public struct ArticleReader: Sendable {
  /// Input paths; `-` is standard input.
  public var inputs: [String]
  /// How inputs are read.
  public var options: ReaderOptions
  /// The format of standard input; guessed from its first byte when `nil`.
  public var standardInputFormat: InputFormat?

  /// Creates a reader.
  public init(inputs: [String], options: ReaderOptions = ReaderOptions(), standardInputFormat: InputFormat? = nil) {
    self.inputs = inputs
    self.options = options
    self.standardInputFormat = standardInputFormat
  }

  /// The files the inputs name, directories expanded recursively (sorted), `-` kept.
  public func files(reject: (InputError) -> Void) -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for input in inputs {
      if input == "-" {
        out.append(input)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
        reject(.unreadable(file: input, reason: "no such file or directory"))
        continue
      }
      if !isDirectory.boolValue {
        out.append(input)
        continue
      }
      guard let walker = fm.enumerator(atPath: input) else {
        reject(.unreadable(file: input, reason: "cannot list directory"))
        continue
      }
      var found: [String] = []
      while let entry = walker.nextObject() as? String {
        let name = (entry as NSString).lastPathComponent
        if name.hasPrefix(".") || name.lowercased() == "readme.md" { continue }
        let path = (input as NSString).appendingPathComponent(entry)
        var sub: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &sub), !sub.boolValue,
          Self.isArticleFile(name)
        {
          found.append(path)
        }
      }
      out.append(contentsOf: found.sorted())
    }
    return out
  }

  static func isArticleFile(_ name: String) -> Bool {
    let lower = name.lowercased()
    let plain = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
    return [".txt", ".jsonl", ".ndjson", ".json", ".csv", ".text"].contains { plain.hasSuffix($0) }
  }

  /// Calls `emit` for every good record, in input order, and `reject` for every bad one.
  ///
  /// - Throws: only what `emit` throws.
  public func forEach(
    _ emit: (InputRecord) throws -> Void, reject: (InputError) -> Void
  ) throws {
    try forEachItem(
      { item in
        switch item.decoded() {
        case .success(let record): try emit(record)
        case .failure(let error): reject(error)
        }
      }, reject: reject)
  }

  /// Like ``forEach(_:reject:)``, but JSONL lines and CSV records are handed over undecoded
  /// (``InputItem/jsonLine(_:_:)``, ``InputItem/csvRecord(_:columns:_:)``), so callers can
  /// decode them on worker threads with ``InputItem/decoded()``; bulletin pages come split.
  /// Items come in input order; problems found while reading (unreadable files, over-long
  /// lines, bad pages) go to `reject` at once.
  public func forEachItem(_ emit: (InputItem) throws -> Void, reject: (InputError) -> Void) throws {
    let paths = files(reject: reject)
    let emitRecord: (InputRecord) throws -> Void = { try emit(.record($0)) }
    var index = 0
    while index < paths.count {
      let path = paths[index]
      if path == "-" {
        try readStandardInput(emit, reject: reject)
        index += 1
        continue
      }
      switch InputFormat.guess(path: path) {
      case .jsonl: try readJSONL(path: path, emit, reject: reject)
      case .csv: try CSVArticleReader(path: path, options: options).read(emit, reject: reject)
      case .text where options.jobs > 1:
        // A run of page files: split several at once.
        var end = index + 1
        while end < paths.count, end - index < 4 * options.jobs, paths[end] != "-",
          InputFormat.guess(path: paths[end]) == .text
        {
          end += 1
        }
        try readPages(paths[index..<end], emitRecord, reject: reject)
        index = end
        continue
      case .text: try PageArticleReader(path: path, options: options).read(emitRecord, reject: reject)
      }
      index += 1
    }
  }

  /// Reads and splits `paths` (bulletin pages) on up to ``ReaderOptions/jobs`` threads, then
  /// hands over each page's records and rejects in input order, as reading them one by one
  /// would.
  private func readPages(
    _ paths: ArraySlice<String>, _ emit: (InputRecord) throws -> Void, reject: (InputError) -> Void
  ) throws {
    let paths = Array(paths)
    let options = options
    let outcomes = concurrentMap(paths.count, jobs: options.jobs) { i in
      var events: [PageEvent] = []
      // `read` throws only what its emit closure throws, and this one does not.
      try? PageArticleReader(path: paths[i], options: options).read(
        { events.append(.record($0)) }, reject: { events.append(.reject($0)) })
      return events
    }
    for events in outcomes {
      for event in events {
        switch event {
        case .record(let record): try emit(record)
        case .reject(let error): reject(error)
        }
      }
    }
  }

  private func readStandardInput(_ emitItem: (InputItem) throws -> Void, reject: (InputError) -> Void) throws {
    try withoutActuallyEscaping(emitItem) { emitItem in
      try readStandardInput(emitItem, emit: { try emitItem(.record($0)) }, reject: reject)
    }
  }

  private func readStandardInput(
    _ emitItem: (InputItem) throws -> Void, emit: (InputRecord) throws -> Void, reject: (InputError) -> Void
  ) throws {
    if let format = standardInputFormat {
      switch format {
      case .jsonl: try readJSONL(path: "-", emitItem, reject: reject)
      case .csv: try CSVArticleReader(path: "-", options: options).read(emitItem, reject: reject)
      case .text: try PageArticleReader(path: "-", options: options).read(emit, reject: reject)
      }
      return
    }
    let sniffed: StandardInputKind
    do { sniffed = try sniffStandardInput() } catch {
      reject(error)
      return
    }
    switch sniffed {
    case .jsonl(let head): try readJSONL(path: "-", prefix: head, emitItem, reject: reject)
    case .csv(let head): try CSVArticleReader(path: "-", options: options, prefix: head).read(emitItem, reject: reject)
    case .page(let page): try PageArticleReader(path: "-", options: options).read(data: page, emit, reject: reject)
    }
  }

  /// What standard input holds, as its first bytes tell, with the bytes read to tell it.
  private enum StandardInputKind {
    /// JSONL: the first chunk.
    case jsonl(head: Data)
    /// CSV with a header naming title and text: the first line at least.
    case csv(head: Data)
    /// A bulletin page: all of it.
    case page(Data)
  }

  /// Sniffs standard input: JSONL starts with '{'. Anything else is read whole as a bulletin
  /// page, unless its first line is a CSV header naming title and text. Gzip data is sniffed
  /// decompressed.
  private func sniffStandardInput() throws(InputError) -> StandardInputKind {
    let stdin = GzipInput.standardInput
    let data = try stdin.readChunk()
    let first = data.first(where: {
      $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
    })
    if first == UInt8(ascii: "{") { return .jsonl(head: data) }
    // The first line decides; read on until it is complete (or 1 MiB, or the end).
    var head = data
    while !head.contains(10), head.count < 1 << 20 {
      let more = try stdin.readChunk()
      if more.isEmpty { break }
      head += more
    }
    let firstLine = String(decoding: head.prefix(while: { $0 != 10 }), as: UTF8.self).lowercased()
    if firstLine.contains("title") && firstLine.contains("text") && firstLine.contains(",") {
      return .csv(head: head)
    }
    return .page(try PageArticleReader.wholePage(stdin, after: head, file: "-", options: options))
  }

  private func readJSONL(
    path: String, prefix: Data = Data(), _ emit: (InputItem) throws -> Void, reject: (InputError) -> Void
  ) throws {
    let reader: ByteLineReader
    do {
      reader = try ByteLineReader(
        path: path, maxLineBytes: options.maxRecordBytes, prefix: prefix, encoding: options.encoding)
    } catch {
      reject(error)
      return
    }
    var lines = 0
    do {
      try reader.forEachLine { line in
        switch line {
        case .tooLong(let number, let bytes):
          lines += 1
          reject(.tooLarge(RecordLocation(file: path, line: number), bytes: bytes, limit: options.maxRecordBytes))
        case .bytes(let bytes, let number):
          if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
          lines += 1
          try emit(.jsonLine(Array(bytes), RecordLocation(file: path, line: number)))
        }
        return true
      }
    } catch let failure as ByteLineReader.ReadFailure {
      // The records before the damage stand; the file is reported and the next one read.
      reject(failure.error)
      return
    }
    if lines == 0 { reject(.emptyFile(file: path)) }
  }
}

/// What reading a page gave, in order: its records and its rejections.
private enum PageEvent {
  case record(InputRecord)
  case reject(InputError)
}

/// One input record as read: decoded, or a JSONL line still to be decoded.
public enum InputItem: Sendable {
  /// A decoded record.
  case record(InputRecord)
  /// A JSONL line and where it came from; ``decoded()`` turns it into a record.
  case jsonLine([UInt8], RecordLocation)
  /// A CSV data record (its UTF-8 bytes), the header's column names and where it came from;
  /// ``decoded()`` parses its fields.
  case csvRecord([UInt8], columns: [String], RecordLocation)
  /// A record the reader already rejected: callers that decode items on worker threads pass
  /// the reader's rejections through their queue as these, so every problem is reported in
  /// input order.
  case rejected(InputError)

  /// The size of the item's input, in bytes (the line, or the record's title and text).
  public var byteCount: Int {
    switch self {
    case .record(let record): return record.article.title.utf8.count + record.article.text.utf8.count
    case .jsonLine(let bytes, _), .csvRecord(let bytes, _, _): return bytes.count
    case .rejected: return 0
    }
  }

  /// The record, decoding a JSONL line if needed.
  public func decoded() -> Result<InputRecord, InputError> {
    switch self {
    case .record(let record): return .success(record)
    case .jsonLine(let bytes, let location):
      return bytes.withUnsafeBufferPointer { Self.decodeJSONLine($0, location: location) }
    case .csvRecord(let bytes, let columns, let location):
      return CSVArticleReader.decode(bytes, columns: columns, location: location)
    case .rejected(let error): return .failure(error)
    }
  }

  /// Decodes one JSONL line into a record.
  public static func decodeJSONLine(_ bytes: UnsafeBufferPointer<UInt8>, location: RecordLocation)
    -> Result<InputRecord, InputError>
  {
    // A byte-order mark (files saved by Windows tools) is not part of the record.
    var bytes = bytes
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      bytes = UnsafeBufferPointer(rebasing: bytes[3...])
    }
    return InputError.catching(at: location) {
      try JSONLArticleDecoder.decode(JSONObjectParser.parse(bytes), location: location)
    }
  }
}
