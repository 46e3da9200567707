/**
 * Every rule the platform enforces, by the id RULES.md gives it, with the article of
 * 《武隆区行政机关新闻发布工作办法》 it comes from, so errors and screens can say why.
 */
export const ARTICLES = {
  'A3': { article: '第三条', summary: '适用范围：区政府、乡镇（街道）、区级部门' },
  'A4.2': { article: '第四条（二）', summary: '以公开为常态，不公开须说明例外情形' },
  'A5': { article: '第五条', summary: '新闻发布内容' },
  'A6': { article: '第六条（一）', summary: '新闻发布会须回答记者提问' },
  'A6.4': { article: '第六条（四）', summary: '区政府新闻办每年举行1次新闻记者招待会' },
  'A7': { article: '第七条', summary: '乡镇（街道）、区级部门明确新闻发布工作职能科室' },
  'A8.2': { article: '第八条（二）', summary: '每个单位设1名新闻发言人和1名新闻发言人助理' },
  'A8.3': { article: '第八条（三）', summary: '区政府新闻办每年公开新闻发言人名单' },
  'A9.2': { article: '第九条（二）', summary: '新闻发言人提出发布选题建议' },
  'A9.3': { article: '第九条（三）', summary: '新闻发言人指导拟定发布口径、审核发布内容' },
  'A9.8': { article: '第九条（八）', summary: '新闻发言人每年向主要负责人提交工作报告和计划' },
  'A10.1': { article: '第十条（一）', summary: '主要负责人是新闻发布第一责任人' },
  'A11': { article: '第十一条', summary: '新闻发布工作平台' },
  'A12': { article: '第十二条', summary: '新闻发言人及助理培训' },
  'A13.1': { article: '第十三条（一）', summary: '谁主管、谁发布、谁负责；热点选题联动' },
  'A13.2': { article: '第十三条（二）', summary: '舆情研判，重大舆情第一时间报告' },
  'A13.3-a': { article: '第十三条（三）', summary: '区长、副区长每年参加1次以上新闻发布活动' },
  'A13.3-b': { article: '第十三条（三）', summary: '区长每年参加市政府新闻办组织的活动并以其他形式回应关切' },
  'A13.3-c': { article: '第十三条（三）', summary: '区政府新闻发言人每年参加2次以上活动，其中1次市政府新闻办组织' },
  'A13.3-d': { article: '第十三条（三）', summary: '乡镇（街道）及民生相关部门每年至少举行1次新闻发布会' },
  'A13.3-e': { article: '第十三条（三）', summary: '乡镇（街道）、区级部门主要负责人每年参加区政府新闻办组织的活动并以其他形式回应关切' },
  'A13.3-f': { article: '第十三条（三）', summary: '乡镇（街道）、区级部门新闻发言人每年参加2次以上活动，其中1次区政府新闻办组织' },
  'A13.4-a': { article: '第十三条（四）', summary: '特别重大、重大突发事件5小时内发布权威信息' },
  'A13.4-b': { article: '第十三条（四）', summary: '造成重大人员伤亡或较大社会影响的24小时内召开新闻发布会' },
  'A13.4-c': { article: '第十三条（四）', summary: '较大和一般突发事件由事发地行政机关发布' },
  'A13.4-d': { article: '第十三条（四）', summary: '早讲事实、重讲态度、多讲措施、慎讲原因，滚动发布' },
  'A13.5': { article: '第十三条（五）', summary: '政策解读专家队伍' },
  'A13.6': { article: '第十三条（六）', summary: '受理境内外记者采访申请' },
  'A13.7': { article: '第十三条（七）', summary: '审核选题、内容、方式，开展社会稳定风险评估；媒体须具备资质' },
  'A13.8': { article: '第十三条（八）', summary: '年度评估，经区政府同意后通报；各单位年度自评' },
  'A14': { article: '第十四条', summary: '民生相关部门定期举行例行新闻发布会' },
  'A15.1': { article: '第十五条（一）', summary: '提前10个工作日报送申报表、工作方案、发布文稿' },
  'A15.2': { article: '第十五条（二）', summary: '区政府新闻办10个工作日内完成规范性审核' },
  'A15.3': { article: '第十五条（三）', summary: '发布内容审批' },
  'A15.4': { article: '第十五条（四）', summary: '主发布人和主持人' },
  'A15.5': { article: '第十五条（五）', summary: '原则上在区新闻发布中心举行' },
  'A15.6': { article: '第十五条（六）', summary: '提前预告并网络直播，事后跟踪报道和舆情' },
  'A15.7': { article: '第十五条（七）', summary: '长期公共卫生事件定时发布' },
  'A16': { article: '第十六条', summary: '纳入政务公开年度考核' },
  'A17': { article: '第十七条', summary: '在授权范围内发布' },
  'A18.1': { article: '第十八条（一）', summary: '未发布、迟发布或未按程序发布' },
  'A18.2': { article: '第十八条（二）', summary: '拒绝、阻碍新闻媒体合法采访' },
  'A18.3': { article: '第十八条（三）', summary: '发布虚假信息' },
  'A18.4': { article: '第十八条（四）', summary: '不执行或拖延执行上级发布指令' },
  'A18.5': { article: '第十八条（五）', summary: '未经保密审查导致泄密' },
  'A19': { article: '第十九条', summary: '新闻媒体歪曲事实的记录' },
  'A20': { article: '第二十条', summary: '区新闻发布中心' },
  'A21': { article: '第二十一条', summary: '参照执行单位' },
  'N61': { article: '国办发〔2016〕61号', summary: '涉及政府的政务舆情48小时内回应' },
  /** Not an article of the measures: the platform's own 等保 rules. */
  'SEC': { article: '安全管理要求', summary: '等级保护第三级：身份鉴别、访问控制、安全审计' },
} as const;

export type RuleId = keyof typeof ARTICLES;

export function articleOf(rule: RuleId): string {
  return ARTICLES[rule].article;
}
