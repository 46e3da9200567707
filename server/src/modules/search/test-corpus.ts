/**
 * The labelled search test set: documents written in the style of the district's releases,
 * and queries of one to four characters with the documents each must find. Many queries are
 * words inside longer words (教育 in 教育局, 旅游 in 文旅, 隐患 in 安全隐患排查) — the case
 * word segmentation alone misses. `transcript` is searched like the text. The documents
 * keyed `talking-…`, `topic-…`, `incident-…` and `opinion-…` are written as those records.
 */
export interface CorpusDocument {
  key: string;
  title: string;
  body: string;
  transcript?: string;
}

export const CORPUS: CorpusDocument[] = [
  {
    key: 'flood-meeting',
    title: '全区防汛抗旱工作会议召开',
    body: '5月20日，武隆区召开防汛抗旱工作会议，部署主汛期地质灾害防治和山洪灾害防御工作。会议要求各乡镇（街道）落实24小时值班值守制度，加强隐患点巡查，确保群众生命财产安全。',
  },
  {
    key: 'education-bureau',
    title: '区教育局发布秋季学期开学工作安排',
    body: '区教育局今日发布秋季学期开学工作安排。全区中小学将于9月1日正式开学，新建的芙蓉小学投入使用，新增学位1200个。教育系统将开展校园安全大检查。',
  },
  {
    key: 'tourism-season',
    title: '武隆喀斯特旅游区暑期接待游客创新高',
    body: '今年暑期，武隆喀斯特旅游区累计接待游客突破300万人次，同比增长18%。仙女山、天生三桥、芙蓉洞等景区推出夜游项目，文旅融合发展成效明显。',
  },
  {
    key: 'g319-road',
    title: 'G319国道白马段改扩建工程全面完工',
    body: '区交通运输局介绍，G319国道白马段改扩建工程全面完工，全长12.6公里，按二级公路标准建设。工程完工后，白马镇至城区的通行时间缩短20分钟。',
  },
  {
    key: 'rural-revitalization',
    title: '白马镇乡村振兴示范村建设稳步推进',
    body: '白马镇围绕产业兴旺、生态宜居目标，建成乡村振兴示范村3个，发展高山蔬菜种植基地5000亩，带动农户增收。',
  },
  {
    key: 'medical-insurance',
    title: '城乡居民医疗保险参保缴费政策解读',
    body: '区医保局就2027年度城乡居民医疗保险参保缴费政策进行解读。个人缴费标准为每人每年380元，特困人员、低保对象等困难群众由政府全额或定额资助。',
    transcript: '记者：今年缴费有什么变化？区医保局负责人：缴费渠道更加便捷，群众可以通过手机银行、微信等线上渠道缴费。',
  },
  {
    key: 'geologic-hazard',
    title: '我区开展汛期地质灾害隐患排查',
    body: '区规划自然资源局组织技术人员对全区187处地质灾害隐患点开展拉网式排查，对发现的问题立行立改，确保安全度汛。',
  },
  {
    key: 'employment-fair',
    title: '2026年春风行动招聘会举行',
    body: '区人力社保局举办春风行动专场招聘会，126家企业提供就业岗位3800余个，现场达成就业意向860人。',
  },
  {
    key: 'food-safety',
    title: '区市场监管局通报食品安全抽检结果',
    body: '区市场监督管理局通报第二季度食品安全监督抽检情况，共抽检食品样品420批次，合格率98.6%，对不合格产品依法进行核查处置。',
  },
  {
    key: 'forest-fire',
    title: '全区森林防火形势严峻 严禁野外用火',
    body: '当前我区进入森林防火紧要期，区应急管理局提醒广大市民：严禁野外吸烟、烧纸等一切野外用火行为，发现火情请立即拨打12119报警。',
  },
  {
    key: 'village-water',
    title: '农村饮水安全巩固提升工程惠及十万群众',
    body: '区水利局实施农村饮水安全巩固提升工程，新建和改造供水工程86处，惠及群众10.2万人，农村自来水普及率达到92%。',
  },
  {
    key: 'business-environment',
    title: '我区优化营商环境二十条措施发布',
    body: '区发展改革委发布优化营商环境二十条措施，推行企业开办“一网通办”，压缩审批时限，为市场主体减负纾困。',
  },
  {
    key: 'elderly-care',
    title: '社区居家养老服务中心实现街道全覆盖',
    body: '区民政局介绍，全区街道社区居家养老服务中心实现全覆盖，为老年人提供助餐、助浴、日间照料等服务。',
  },
  {
    key: 'traffic-safety',
    title: '国庆假期道路交通安全提示',
    body: '区公安局交巡警支队提示：国庆假期出行车流量大，请驾驶人遵守交通法规，不超速、不疲劳驾驶，注意山区道路行车安全。',
  },
  {
    key: 'waste-sorting',
    title: '城区生活垃圾分类工作推进会召开',
    body: '区城市管理局召开生活垃圾分类工作推进会，要求城区各小区年底前实现分类投放设施全覆盖。',
  },
  {
    key: 'talking-tourist-safety',
    title: '汛期景区游客安全答问口径',
    body: '问：汛期景区是否正常开放？答：各景区根据雨情水情动态调整开放时间，遇强降雨将暂停开放并组织游客有序撤离，请游客以官方发布信息为准。',
  },
  {
    key: 'talking-school-fees',
    title: '学校收费问题答问口径',
    body: '问：有家长反映学校收取资料费，是否合规？答：区教育局严禁学校违规收费，对群众反映的问题已安排专人核查，核查结果将及时向社会公布。',
  },
  {
    key: 'topic-flood-season',
    title: '主汛期防汛工作新闻发布会选题',
    body: '入汛以来降雨偏多，群众关注避险转移安排和防汛物资储备情况，建议召开新闻发布会，介绍全区防汛准备工作。',
  },
  {
    key: 'incident-landslide',
    title: '江口镇山体滑坡情况通报',
    body: '7月12日凌晨，江口镇一处山体发生滑坡，因提前组织群众避险转移，未造成人员伤亡。区应急管理局已组织专业队伍开展应急处置。',
  },
  {
    key: 'farmers-market',
    title: '“武隆高山蔬菜”品牌推介会举行',
    body: '武隆高山蔬菜品牌推介会在重庆主城举行，现场签约金额1.2亿元。高山蔬菜已成为我区农民增收致富的重要产业。',
  },
  {
    key: 'housing-fund',
    title: '住房公积金贷款政策调整',
    body: '自即日起，我区缴存职工首套住房公积金贷款最高额度提高至60万元，二孩及以上家庭可再上浮20%。',
  },
  {
    key: 'culture-festival',
    title: '第十届武隆山地户外运动公开赛开幕',
    body: '第十届武隆山地户外运动公开赛在仙女山开幕，吸引国内外500余名选手参赛，赛事进一步擦亮武隆体育旅游名片。',
  },
  {
    key: 'ecology-river',
    title: '乌江武隆段水质保持Ⅱ类标准',
    body: '区生态环境局发布乌江武隆段水质监测结果：全年水质稳定保持Ⅱ类标准，长江十年禁渔工作取得阶段性成效。',
  },
  {
    key: 'press-spokesperson',
    title: '2026年度全区新闻发言人名单公布',
    body: '区政府新闻办公布2026年度全区各乡镇（街道）、区级部门新闻发言人名单及新闻发布工作职能科室联系电话。',
  },
  {
    key: 'opinion-bus-route',
    title: '网民反映城区公交线路调整后换乘不便',
    body: '有网民在本地论坛发帖称，城区3路公交车改线后，老年人去医院需换乘两次，希望恢复原线路。该帖浏览量已超过两万。',
  },
  {
    key: 'opinion-canteen-price',
    title: '家长质疑小学食堂午餐涨价',
    body: '多名家长在微信群反映，某小学食堂午餐由每餐8元涨至12元，质疑收费依据，要求学校公开账目。',
  },
  {
    key: 'opinion-scenic-queue',
    title: '国庆假期仙女山景区排队时间过长引发游客不满',
    body: '短视频平台出现多条游客吐槽视频，称在仙女山景区换乘观光车排队超过三小时，相关话题阅读量快速上升。',
  },
];

export interface LabelledQuery {
  q: string;
  /** Every document that contains the query: the search must return exactly these. */
  expect: string[];
}

export const QUERIES: LabelledQuery[] = [
  // one character
  { q: '汛', expect: ['flood-meeting', 'geologic-hazard', 'talking-tourist-safety', 'topic-flood-season'] },
  { q: '医', expect: ['medical-insurance', 'opinion-bus-route'] },
  { q: '渔', expect: ['ecology-river'] },
  { q: '垃', expect: ['waste-sorting'] },
  { q: '浴', expect: ['elderly-care'] },
  { q: '孩', expect: ['housing-fund'] },
  { q: '桥', expect: ['tourism-season'] },
  // two characters, often inside longer words
  { q: '防汛', expect: ['flood-meeting', 'topic-flood-season'] },
  { q: '教育', expect: ['education-bureau', 'talking-school-fees'] },
  { q: '旅游', expect: ['tourism-season', 'culture-festival'] },
  { q: '文旅', expect: ['tourism-season'] },
  { q: '隐患', expect: ['flood-meeting', 'geologic-hazard'] },
  { q: '交通', expect: ['g319-road', 'traffic-safety'] },
  { q: '游客', expect: ['tourism-season', 'talking-tourist-safety', 'opinion-scenic-queue'] },
  { q: '群众', expect: ['flood-meeting', 'medical-insurance', 'village-water', 'talking-school-fees', 'topic-flood-season', 'incident-landslide'] },
  { q: '蔬菜', expect: ['rural-revitalization', 'farmers-market'] },
  { q: '景区', expect: ['tourism-season', 'talking-tourist-safety', 'opinion-scenic-queue'] },
  { q: '缴费', expect: ['medical-insurance'] },
  { q: '滑坡', expect: ['incident-landslide'] },
  { q: '避险', expect: ['topic-flood-season', 'incident-landslide'] },
  { q: '白马', expect: ['g319-road', 'rural-revitalization'] },
  { q: '就业', expect: ['employment-fair'] },
  { q: '抽检', expect: ['food-safety'] },
  { q: '火情', expect: ['forest-fire'] },
  { q: '饮水', expect: ['village-water'] },
  { q: '养老', expect: ['elderly-care'] },
  { q: '乌江', expect: ['ecology-river'] },
  { q: '水质', expect: ['ecology-river'] },
  { q: '市场', expect: ['food-safety', 'business-environment'] },
  { q: '安全', expect: ['flood-meeting', 'education-bureau', 'geologic-hazard', 'food-safety', 'village-water', 'traffic-safety', 'talking-tourist-safety'] },
  { q: '手机', expect: ['medical-insurance'] },
  { q: '仙女', expect: ['tourism-season', 'culture-festival', 'opinion-scenic-queue'] },
  { q: '街道', expect: ['flood-meeting', 'elderly-care', 'press-spokesperson'] },
  { q: '应急', expect: ['forest-fire', 'incident-landslide'] },
  { q: '公积', expect: ['housing-fund'] },
  { q: 'g319', expect: ['g319-road'] },
  { q: '2026', expect: ['employment-fair', 'press-spokesperson'] },
  // three characters
  { q: '教育局', expect: ['education-bureau', 'talking-school-fees'] },
  { q: '交通运', expect: ['g319-road'] },
  { q: '医保局', expect: ['medical-insurance'] },
  { q: '发言人', expect: ['press-spokesperson'] },
  { q: '喀斯特', expect: ['tourism-season'] },
  { q: '招聘会', expect: ['employment-fair'] },
  { q: '芙蓉洞', expect: ['tourism-season'] },
  { q: '垃圾分', expect: ['waste-sorting'] },
  { q: '示范村', expect: ['rural-revitalization'] },
  { q: '合格率', expect: ['food-safety'] },
  { q: '新闻发', expect: ['topic-flood-season', 'press-spokesperson'] },
  { q: '地质灾', expect: ['flood-meeting', 'geologic-hazard'] },
  // four characters
  { q: '地质灾害', expect: ['flood-meeting', 'geologic-hazard'] },
  { q: '乡村振兴', expect: ['rural-revitalization'] },
  { q: '营商环境', expect: ['business-environment'] },
  { q: '高山蔬菜', expect: ['rural-revitalization', 'farmers-market'] },
  { q: '食品安全', expect: ['food-safety'] },
  { q: '森林防火', expect: ['forest-fire'] },
  { q: '居家养老', expect: ['elderly-care'] },
  { q: '防汛抗旱', expect: ['flood-meeting'] },
  { q: '一网通办', expect: ['business-environment'] },
  { q: '主汛期防', expect: ['topic-flood-season'] },
  { q: '医疗保险', expect: ['medical-insurance'] },
  { q: '长江十年', expect: ['ecology-river'] },
  { q: '道路交通', expect: ['traffic-safety'] },
  // opinion items (舆情), found like every other kind
  { q: '帖', expect: ['opinion-bus-route'] },
  { q: '餐', expect: ['opinion-canteen-price', 'elderly-care'] },
  { q: '公交', expect: ['opinion-bus-route'] },
  { q: '换乘', expect: ['opinion-bus-route', 'opinion-scenic-queue'] },
  { q: '食堂', expect: ['opinion-canteen-price'] },
  { q: '家长', expect: ['opinion-canteen-price', 'talking-school-fees'] },
  { q: '排队', expect: ['opinion-scenic-queue'] },
  { q: '涨价', expect: ['opinion-canteen-price'] },
  { q: '浏览量', expect: ['opinion-bus-route'] },
  { q: '微信群', expect: ['opinion-canteen-price'] },
  { q: '观光车', expect: ['opinion-scenic-queue'] },
  { q: '老年人', expect: ['opinion-bus-route', 'elderly-care'] },
  { q: '公交线路', expect: ['opinion-bus-route'] },
  { q: '排队时间', expect: ['opinion-scenic-queue'] },
  { q: '收费依据', expect: ['opinion-canteen-price'] },
  // several terms: all must be found
  { q: '游客 排队', expect: ['opinion-scenic-queue'] },
  { q: '防汛 景区', expect: [] },
  { q: '游客 安全', expect: ['talking-tourist-safety'] },
  { q: '白马 g319', expect: ['g319-road'] },
  // words that are not there, or only across a punctuation mark
  { q: '防疫', expect: [] },
  { q: '育局长', expect: [] },
  { q: '值守制', expect: ['flood-meeting'] },
];
