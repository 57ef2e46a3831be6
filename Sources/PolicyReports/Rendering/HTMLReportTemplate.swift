/// The Mustache template of ``HTMLReportRenderer``.
///
/// `{{name}}` is HTML-escaped by swift-mustache; only the pre-rendered SVG charts, which
/// escape their own text (see `SVGBuilder`), go in unescaped as `{{{svg}}}`. The page has no
/// scripts and no external references: styles are inline and fonts come from the system.
enum HTMLReportTemplate {
  static let name = "report.html"

  static let source = #"""
    <!DOCTYPE html>
    <html lang="zh-Hans">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="policy-topics">
    <title>{{title}} · {{range}}</title>
    <style>
    :root { --ink: #1a1a1a; --muted: #5f6368; --rule: #d9d9d9; --up: #137333; --down: #b3261e; --burst: #fff4e5; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; color: var(--ink); background: #ffffff;
      font-family: "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;
      font-size: 14px; line-height: 1.5; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 15px; margin: 0 0 6px; }
    .meta { color: var(--muted); margin: 0; }
    .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
    .en { color: var(--muted); font-weight: normal; }
    .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 12px; }
    .card { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; background: #fafafa; }
    .card h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
    .card ul { margin: 0; padding-left: 18px; }
    .big { font-size: 22px; font-weight: bold; }
    .up { color: var(--up); } .down { color: var(--down); } .flat { color: var(--muted); }
    figure { margin: 0; }
    svg { max-width: 100%; height: auto; }
    svg text { font-family: inherit; }
    figcaption { color: var(--muted); font-size: 12px; }
    .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 10px; }
    .multiple { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 10px; }
    .multiple .numbers { font-size: 13px; }
    .multiple.burst { background: var(--burst); border-color: #f0a030; }
    .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 18px; }
    table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
    th, td { padding: 3px 6px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    th { background: #f1f3f4; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.burst td { background: var(--burst); font-weight: 600; }
    .note { color: var(--muted); font-size: 12px; margin: 4px 0; }
    .latest { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 18px; }
    .terms { margin: 4px 0 8px; padding: 0; list-style: none; }
    .terms li { display: inline-block; margin: 0 6px 4px 0; padding: 1px 8px; border-radius: 10px; background: #eef2f7; font-size: 12.5px; }
    .rule { border-left: 4px solid var(--ink); padding: 6px 12px; background: #fafafa; }
    footer { margin-top: 36px; color: var(--muted); font-size: 12px; }
    @page { size: A4; margin: 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      h2 { break-after: avoid; page-break-after: avoid; }
      .card, .multiple, figure, table, .topic-table, .topic-latest, .rule { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      .tables, .latest { display: block; }
      .topic-table, .topic-latest { margin-bottom: 14px; }
      .card, .multiple, th, tr.burst td, .multiple.burst, .terms li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    </style>
    </head>
    <body>
    <header>
    <h1>{{title}}</h1>
    <p class="meta">{{kindAdjective}} periods ({{kindNoun}}) · {{range}} · {{periodCount}} periods · {{datedCount}} dated articles{{#hasUndated}} · {{undatedCount}} undated{{/hasUndated}}{{#hasOutOfRange}} · {{outOfRange}} outside the date range{{/hasOutOfRange}}</p>
    </header>

    <section id="summary">
    <h2>Summary</h2>
    {{#summary}}
    <div class="summary">
    <div class="card"><h3>Latest period</h3>
    <div class="big">{{latest}}</div>
    <div>{{latestRange}} · {{latestTotal}} articles</div>
    {{#isPartial}}<div class="note">{{partial}}</div>{{/isPartial}}
    {{#hasPrevious}}<div class="note">Previous: {{previous}} · {{previousTotal}} articles</div>{{/hasPrevious}}
    </div>
    <div class="card"><h3>Rising</h3>
    <ul>{{#risers}}<li><span class="swatch" style="background:{{colour}}"></span>{{name}} <b class="up">{{points}} pts</b> → {{share}}% ({{previousArticles}} → {{articles}})</li>{{/risers}}</ul>
    {{^risers}}<div class="note">None beyond chance</div>{{/risers}}
    </div>
    <div class="card"><h3>Falling</h3>
    <ul>{{#fallers}}<li><span class="swatch" style="background:{{colour}}"></span>{{name}} <b class="down">{{points}} pts</b> → {{share}}% ({{previousArticles}} → {{articles}})</li>{{/fallers}}</ul>
    {{^fallers}}<div class="note">None beyond chance</div>{{/fallers}}
    </div>
    {{#hasWithinChance}}<div class="card"><h3>Within chance</h3>
    <ul>{{#withinChance}}<li><span class="swatch" style="background:{{colour}}"></span>{{name}} {{points}} pts → {{share}}% ({{previousArticles}} → {{articles}})</li>{{/withinChance}}</ul>
    {{#hasWithinChanceMore}}<div class="note">{{withinChanceMore}} more</div>{{/hasWithinChanceMore}}
    </div>{{/hasWithinChance}}
    <div class="card"><h3>Bursts</h3>
    <ul>{{#bursts}}<li><span class="swatch" style="background:{{colour}}"></span>{{name}} · {{share}}% ({{articles}})</li>{{/bursts}}</ul>
    {{^bursts}}<div class="note">None</div>{{/bursts}}
    </div>
    <div class="card"><h3>New terms</h3>
    <ul>{{#newTerms}}<li>{{term}} <span class="note">{{topic}} · {{count}}</span></li>{{/newTerms}}</ul>
    {{^newTerms}}<div class="note">None</div>{{/newTerms}}
    </div>
    </div>
    {{/summary}}
    {{^summary}}<p>No dated articles in range.</p>{{/summary}}
    </section>

    <section id="chart">
    <h2>Share of articles over time</h2>
    <figure>
    {{{chartSVG}}}
    <figcaption>Share of the {{kindNoun}}'s articles labelled with each topic (an article can carry several topics). Circles mark bursts.</figcaption>
    </figure>
    </section>

    {{#hasPeriods}}
    <section id="topics">
    <h2>Topics at a glance</h2>
    <div class="multiples">
    {{#multiples}}
    <div class="multiple{{#burst}} burst{{/burst}}">
    <h3><span class="swatch" style="background:{{colour}}"></span>{{zh}} <span class="en">{{en}}</span></h3>
    {{{svg}}}
    <div class="numbers"><b>{{share}}%</b> in {{latest}} · <span class="{{direction}}">{{points}} pts</span> · {{articles}} articles{{#burst}} · <b>burst</b>{{/burst}}</div>
    </div>
    {{/multiples}}
    </div>
    </section>

    <section id="periods">
    <h2>Per-period numbers</h2>
    {{#hasTableNote}}<p class="note">{{tableNote}}</p>{{/hasTableNote}}
    <div class="tables">
    {{#tables}}
    <div class="topic-table">
    <h3><span class="swatch" style="background:{{colour}}"></span>{{zh}} <span class="en">{{en}} · {{id}}</span></h3>
    <table>
    <thead><tr><th>Period</th><th class="num">Articles</th><th class="num">Total</th><th class="num">Share %</th><th class="num">Δ pts</th><th class="num">MA %</th><th class="num">Mentions</th><th class="num">Per 10k</th><th>Burst</th></tr></thead>
    <tbody>
    {{#rows}}<tr{{#burst}} class="burst"{{/burst}}><td>{{period}}</td><td class="num">{{articles}}</td><td class="num">{{total}}</td><td class="num">{{share}}</td><td class="num">{{points}}</td><td class="num">{{movingAverage}}</td><td class="num">{{mentions}}</td><td class="num">{{per10k}}</td><td>{{#burst}}burst{{/burst}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    </div>
    {{/tables}}
    </div>
    </section>

    <section id="latest">
    <h2>Latest period: top terms and articles ({{latestLabel}})</h2>
    <div class="latest">
    {{#latestTopics}}
    <div class="topic-latest">
    <h3><span class="swatch" style="background:{{colour}}"></span>{{zh}} <span class="en">{{en}}</span></h3>
    <ul class="terms">{{#terms}}<li>{{term}} ×{{count}}</li>{{/terms}}</ul>
    {{^terms}}<p class="note">No lexicon terms.</p>{{/terms}}
    {{#hasArticles}}
    <table>
    <thead><tr><th>Date</th><th>Title</th><th class="num">Score</th></tr></thead>
    <tbody>
    {{#articles}}<tr><td>{{date}}</td><td>{{title}}</td><td class="num">{{score}}</td></tr>
    {{/articles}}
    </tbody>
    </table>
    {{/hasArticles}}
    {{^hasArticles}}<p class="note">No articles.</p>{{/hasArticles}}
    </div>
    {{/latestTopics}}
    </div>
    </section>
    {{/hasPeriods}}

    <section id="undated">
    <h2>Undated articles</h2>
    {{#hasUndated}}
    <p>{{undatedCount}} articles had no date precise enough for {{kindNoun}} periods; they are not counted in any period.</p>
    <table>
    <thead><tr><th>ID</th><th>Date</th><th>Title</th></tr></thead>
    <tbody>
    {{#undated}}<tr><td>{{id}}</td><td>{{date}}</td><td>{{title}}</td></tr>
    {{/undated}}
    </tbody>
    </table>
    {{#hasUnlisted}}<p class="note">… and {{unlisted}} more, not listed.</p>{{/hasUnlisted}}
    {{/hasUndated}}
    {{^hasUndated}}<p>None: every article had a date precise enough for {{kindNoun}} periods.</p>{{/hasUndated}}
    </section>

    <section id="rules">
    <h2>Rules</h2>
    <p class="rule">{{moverRule}}</p>
    <p class="rule">{{burstRule}}</p>
    </section>

    <footer>Generated by policy-topics. Self-contained: no scripts, fonts or styles are loaded from elsewhere.</footer>
    </body>
    </html>

    """#
}
