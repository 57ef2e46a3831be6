import Foundation
import PolicyCore
import PolicyFeatures

/// Reads a plain-text bulletin page (or, with `asDocument`, a whole document) into articles.
///
/// The date comes from the file name (`2024-03-05.txt`, `20240305.txt`, `2014.txt` → year),
/// else from a header line in the page (`2023年10月13日`), else from `options.date`. Ids are
/// `<date>-<nn>` in page order, or `<hash>-<nn>` for undated pages, so the same page always
/// gives the same ids.
struct PageArticleReader {
  let path: String
  let options: ReaderOptions

  func read(_ emit: (InputRecord) throws -> Void, reject: (InputError) -> Void) throws {
    let data: Data
    do {
      // Gzip data (a `.txt.gz` page, or piped in) is decompressed.
      data = try Self.wholePage(path == "-" ? .standardInput : GzipInput(path: path), file: path, options: options)
    } catch {
      reject(error)
      return
    }
    try read(data: data, emit, reject: reject)
  }

  /// `head` and the rest of `input`: a page is read whole to be split, up to
  /// ``ReaderOptions/maxPageBytes``; a bigger one is an error, and not read on.
  static func wholePage(_ input: GzipInput, after head: Data = Data(), file: String, options: ReaderOptions)
    throws(InputError) -> Data
  {
    guard head.count <= options.maxPageBytes,
      let rest = try input.readAll(limit: options.maxPageBytes - head.count)
    else {
      throw .unreadable(
        file: file,
        reason: "more than \(options.maxPageBytes) bytes, the most a page is read whole (8 times "
          + "--max-record-bytes): split it into pages, or write its articles as JSONL")
    }
    return head + rest
  }

  func read(data raw: Data, _ emit: (InputRecord) throws -> Void, reject: (InputError) -> Void) throws {
    let data = Transcoder.convert(raw, from: options.encoding)
    guard let page = String(validating: data, as: UTF8.self) else {
      reject(.invalidUTF8(RecordLocation(file: path, line: Self.lineOfFirstInvalidByte(data))))
      return
    }
    if let line = Self.lineOfFirstNulByte(data) {
      reject(.nulByte(RecordLocation(file: path, line: line)))
      return
    }
    guard page.contains(where: { !$0.isWhitespace }) else {
      reject(.emptyFile(file: path))
      return
    }
    guard page.utf8.count <= options.maxRecordBytes || !options.asDocument else {
      reject(.tooLarge(RecordLocation(file: path, line: 1), bytes: page.utf8.count, limit: options.maxRecordBytes))
      return
    }
    var date: ArticleDate?
    do {
      date = try DateExtraction.date(fromFileName: path)
      if date == nil {
        for line in page.split(maxSplits: 6, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).prefix(6) {
          if let d = try DateExtraction.date(fromHeaderLine: String(line)) {
            date = d
            break
          }
        }
      }
    } catch {
      reject(.badDate(RecordLocation(file: path, line: 0), error))
      return
    }
    if date == nil { date = options.date }
    if date == nil && !options.allowUndated {
      reject(.undatedPage(file: path))
      return
    }
    let splitter = BulletinSplitter()
    let articles: [SplitArticle]
    if options.asDocument {
      let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      articles = splitter.document(page, fallbackTitle: stem).map { [$0] } ?? []
    } else {
      articles = splitter.split(page)
    }
    if articles.isEmpty {
      reject(.emptyArticle(RecordLocation(file: path, line: 1)))
      return
    }
    let prefix = date?.description ?? String(contentHash(title: path, text: page).prefix(12))
    for (k, a) in articles.enumerated() {
      let location = RecordLocation(file: path, line: a.line)
      let size = a.title.utf8.count + a.body.utf8.count
      guard size <= options.maxRecordBytes else {
        reject(.tooLarge(location, bytes: size, limit: options.maxRecordBytes))
        continue
      }
      guard !(a.title.isEmpty && a.body.isEmpty) else {
        reject(.emptyArticle(location))
        continue
      }
      let number = k + 1 < 10 ? "0\(k + 1)" : "\(k + 1)"
      try emit(
        InputRecord(
          article: Article(
            id: "\(prefix)-\(number)", date: date, title: a.title, text: a.body, byline: a.byline,
            location: location)))
    }
  }

  /// The line (from 1) of the first NUL byte in `data`, nil when it has none.
  static func lineOfFirstNulByte(_ data: Data) -> Int? {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
      guard let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) else { return nil }
      let offset = base.distance(to: UnsafeRawPointer(nul))
      return 1 + bytes[..<offset].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
    }
  }

  static func lineOfFirstInvalidByte(_ data: Data) -> Int {
    var line = 1
    var start = data.startIndex
    while start < data.endIndex {
      let end = data[start...].firstIndex(of: 10) ?? data.endIndex
      if String(validating: data[start..<end], as: UTF8.self) == nil { return line }
      line += 1
      start = end < data.endIndex ? data.index(after: end) : end
    }
    return line
  }
}
