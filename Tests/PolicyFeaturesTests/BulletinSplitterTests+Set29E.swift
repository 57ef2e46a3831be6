import Testing

@testable import PolicyFeatures

/// Rules for set 29's open-government page: a document's particulars copied from the site's
/// table, its attachments and signature set apart under its text, and the explanation its issuer
/// publishes under it.
extension BulletinSplitterTests {
  @Test(
    "an open-government page's particulars are the site's; the document's attachments and signature, set apart, are its own; its issuer's explanation under it credits no one"
  )
  func openGovernmentDocumentPage() {
    let page = """
      澜石县人民政府网
      首页　信息公开　办事服务　互动交流
      当前位置：首页 > 信息公开 > 部门文件
      索引号：LSX-2029-00412
      信息分类：农业农村\\通知　发文机关：澜石县农业农村局
      成文日期：2029-04-02
      文号：澜农发〔2029〕11号　有效性：有效

      关于做好2029年春季林下种植补助申报的通知

      各乡镇人民政府，县直各有关单位：
      　　为扶持林下经济发展，现就今年春季林下种植补助申报事项通知如下。
      　　一、补助对象
      　　在本县林地内种植中药材、食用菌的农户和合作社。
      　　二、申报时间
      　　各乡镇于4月30日前汇总上报县农业农村局。
      　　联系人：县农业农村局林业股 唐一苇，联系电话：0000-1234567。

      　　附件：1.林下种植补助申报表
      　　　　　2.林下种植面积核实表

      澜石县农业农村局
      2029年4月2日

      【相关解读】
      林下种植补助怎么申报
      发布日期：2029-04-03　来源：澜石县农业农村局　浏览次数：96
      　　问：哪些种植户可以申报？
      　　答：在本县林地内种植中药材、食用菌的农户和合作社均可申报。
      　　问：补助标准是多少？
      　　答：按核实面积每亩补助二百元。
      """
    let articles = BulletinSplitter().split(page)
    #expect(articles.count == 2)
    #expect(articles.first?.title == "关于做好2029年春季林下种植补助申报的通知")
    #expect(articles.first?.body.hasPrefix("各乡镇人民政府，县直各有关单位：") == true)
    #expect(articles.first?.body.contains("2.林下种植面积核实表") == true)
    #expect(articles.first?.body.hasSuffix("2029年4月2日") == true)
    #expect(articles.last?.title == "林下种植补助怎么申报")
    #expect(articles.last?.byline == nil)
    #expect(articles.last?.body.hasPrefix("问：哪些种植户可以申报？") == true)
    #expect(!articles.contains { $0.title.contains("有效性") || $0.title.contains("相关解读") })
  }
}
