/**
 * 200,000 releases of government-news-style Chinese for bench/search, built from sentences
 * written for it. Each release is about one of the subjects below (its title and most of its
 * sentences come from that subject), with the office phrases every release shares — so a
 * subject's words (防汛, 喀斯特, 招聘会) sit in a few per cent of the releases, as in a real
 * archive, while 工作 or 群众 sit in most of them. Deterministic: the same seed, the same set.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/src/db/schema';

export const DOCUMENTS = 200_000;

const UNITS = [
  '区交通运输局', '区教育委员会', '区卫生健康委', '区文化旅游委', '区农业农村委', '区应急管理局', '区生态环境局', '区市场监管局', '区人力社保局', '区民政局',
  '区水利局', '区规划自然资源局', '区住房城乡建委', '区城市管理局', '区公安局', '区医保局', '区发展改革委', '区财政局', '区商务委', '区林业局',
  '白马镇', '仙女山街道', '江口镇', '羊角街道', '火炉镇', '鸭江镇', '长坝镇', '土坎镇', '桐梓镇', '凤来镇',
];
const TOWNS = ['白马镇', '仙女山街道', '江口镇', '羊角街道', '火炉镇', '鸭江镇', '长坝镇', '土坎镇', '桐梓镇', '凤来镇', '庙垭乡', '石桥乡', '黄莺乡', '沧沟乡', '文复乡', '后坪乡', '浩口乡', '接龙乡'];

/** A subject: its titles and its own sentences. */
const SUBJECTS: { titles: string[]; sentences: string[] }[] = [
  {
    titles: ['{town}部署主汛期防汛工作', '全区防汛抗旱工作会议召开'],
    sentences: ['入汛以来，全区累计降雨量较常年偏多{pct}%。', '各地要严格落实防汛责任制，备足防汛物资。', '{town}组织群众{n}人开展避险转移演练。', '区防汛抗旱指挥部启动四级应急响应。'],
  },
  {
    titles: ['{town}开展地质灾害隐患排查', '汛期地质灾害防治工作推进'],
    sentences: ['技术人员对{n}处地质灾害隐患点开展拉网式排查。', '对发现的问题建立台账，限期整改销号。', '受威胁群众均已落实避险转移预案。', '区规划自然资源局加强地质灾害监测预警。'],
  },
  {
    titles: ['全区森林防火紧要期工作部署', '{town}开展森林防火宣传'],
    sentences: ['当前进入森林防火紧要期，严禁一切野外用火。', '各地加强护林员巡山护林，{n}名护林员全部上岗。', '发现火情请立即拨打12119报警。', '区林业局开展森林防火隐患排查整治。'],
  },
  {
    titles: ['区教育委员会部署秋季开学工作', '全区新增中小学学位{n}个'],
    sentences: ['全区中小学将于9月1日正式开学。', '区教育委员会开展校园安全大检查。', '新建学校投入使用，新增学位{n}个。', '持续推进义务教育优质均衡发展。'],
  },
  {
    titles: ['武隆喀斯特旅游区接待游客创新高', '仙女山推出冬季旅游产品'],
    sentences: ['武隆喀斯特旅游区累计接待游客{n}万人次。', '天生三桥、芙蓉洞等景区推出夜游项目。', '文旅融合发展成效明显，旅游综合收入持续增长。', '仙女山国家森林公园开展冰雪旅游季活动。'],
  },
  {
    titles: ['{town}乡村振兴示范村建设稳步推进', '全区乡村振兴工作推进会召开'],
    sentences: ['建成乡村振兴示范村{n}个。', '围绕产业兴旺、生态宜居目标推进乡村建设。', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接。', '发展壮大村级集体经济，带动农户增收。'],
  },
  {
    titles: ['“武隆高山蔬菜”品牌推介会举行', '{town}高山蔬菜喜获丰收'],
    sentences: ['高山蔬菜种植面积达到{n}亩。', '高山蔬菜已成为农民增收致富的重要产业。', '推介会现场签约金额{n}万元。', '冷链物流设施建设加快推进。'],
  },
  {
    titles: ['区人力社保局举办春风行动招聘会', '高校毕业生就业服务专项行动启动'],
    sentences: ['招聘会提供就业岗位{n}个。', '现场达成就业意向{n}人。', '落实稳岗返还政策，支持企业稳岗扩岗。', '为离校未就业高校毕业生提供实名制帮扶。'],
  },
  {
    titles: ['区市场监管局通报食品安全抽检情况', '校园食品安全专项检查开展'],
    sentences: ['共抽检食品样品{n}批次，合格率{pct}%。', '对不合格产品依法核查处置。', '强化食品安全属地管理责任。', '开展校园及周边食品安全专项检查。'],
  },
  {
    titles: ['城乡居民医疗保险参保缴费政策解读', '区医保局推进医保服务便民化'],
    sentences: ['个人缴费标准为每人每年{n}元。', '困难群众由政府全额或定额资助参保。', '群众可通过手机银行等线上渠道缴费。', '异地就医直接结算覆盖所有定点医疗机构。'],
  },
  {
    titles: ['社区居家养老服务中心实现全覆盖', '{town}建成农村互助养老点'],
    sentences: ['为老年人提供助餐、助浴、日间照料等服务。', '全区建成社区居家养老服务中心{n}个。', '推进医养结合，提升养老服务质量。', '开展特殊困难老年人探访关爱。'],
  },
  {
    titles: ['乌江武隆段水质保持Ⅱ类标准', '区生态环境局通报环境质量'],
    sentences: ['乌江武隆段水质稳定保持Ⅱ类标准。', '空气质量优良天数达到{n}天。', '长江十年禁渔工作取得阶段性成效。', '开展入河排污口排查整治。'],
  },
  {
    titles: ['我区发布优化营商环境措施', '企业开办实现一网通办'],
    sentences: ['推行企业开办一网通办，压缩审批时限。', '为市场主体减负纾困{n}万元。', '政务服务事项全部实现网上可办。', '营商环境评价指标持续改善。'],
  },
  {
    titles: ['G319国道白马段改扩建工程完工', '{town}农村公路提档升级'],
    sentences: ['G319国道白马段全长12.6公里，按二级公路标准建设。', '完成农村公路提档升级{n}公里。', '区交通运输局加强在建工程安全管理。', '通行时间缩短{n}分钟。'],
  },
  {
    titles: ['农村饮水安全巩固提升工程惠及群众', '{town}新建集中供水工程'],
    sentences: ['新建和改造供水工程{n}处。', '农村自来水普及率达到{pct}%。', '区水利局加强供水水质检测。', '解决{n}人饮水不稳定问题。'],
  },
  {
    titles: ['生活垃圾分类工作推进会召开', '城区新增垃圾分类投放点'],
    sentences: ['城区小区分类投放设施覆盖率达到{pct}%。', '区城市管理局推进生活垃圾分类。', '开展垃圾分类进社区宣传活动{n}场。', '餐厨垃圾实现集中收运处置。'],
  },
  {
    titles: ['国庆假期道路交通安全提示', '区公安局开展交通安全整治'],
    sentences: ['节假日出行车流量大，请遵守交通法规。', '山区道路弯多坡陡，注意行车安全。', '查处交通违法行为{n}起。', '区公安局交巡警支队加强重点路段管控。'],
  },
  {
    titles: ['住房公积金贷款政策调整', '区住房城乡建委推进老旧小区改造'],
    sentences: ['首套住房公积金贷款最高额度提高至60万元。', '完成老旧小区改造{n}个。', '保障性租赁住房建设有序推进。', '开展房屋安全隐患排查。'],
  },
  {
    titles: ['武隆山地户外运动公开赛开幕', '全民健身活动月启动'],
    sentences: ['吸引国内外{n}余名选手参赛。', '赛事擦亮武隆体育旅游名片。', '新建社区体育设施{n}处。', '开展全民健身活动{n}场。'],
  },
  {
    titles: ['全区新闻发言人名单公布', '区政府新闻办举办新闻发言人培训'],
    sentences: ['区政府新闻办公布年度新闻发言人名单。', '各单位明确新闻发布工作职能科室。', '培训新闻发言人和助理{n}人次。', '及时准确发布权威信息，回应社会关切。'],
  },
  {
    titles: ['区卫生健康委推进乡镇卫生院标准化建设', '家庭医生签约服务提质扩面'],
    sentences: ['全区{n}个乡镇卫生院完成标准化建设。', '家庭医生签约服务覆盖率达到{pct}%。', '开展送医下乡义诊活动。', '提升基层医疗卫生服务能力。'],
  },
  {
    titles: ['安全生产大检查深入开展', '{town}开展燃气安全专项整治'],
    sentences: ['检查生产经营单位{n}家，整改隐患{n}处。', '压实企业安全生产主体责任。', '开展燃气安全专项整治行动。', '坚决遏制较大以上生产安全事故。'],
  },
];

/** Phrases every release may carry, whatever its subject. */
const COMMON = [
  '{date}，{unit}召开专题会议研究部署相关工作。',
  '会议要求，各部门要加强协调配合，形成工作合力。',
  '下一步，{unit}将持续加大工作力度，确保各项任务按期完成。',
  '据了解，相关工作惠及周边群众{n}人。',
  '{unit}有关负责人表示，将及时回应群众关切。',
  '记者：群众最关心的问题是什么？答：我们将进一步畅通诉求渠道。',
  '发布会上，相关负责人回答了记者提问。',
  '各乡镇（街道）要落实属地责任，确保工作落到实处。',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function documentMaker(seed = 20261126) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return (i: number) => {
    const year = 2021 + Math.floor(rnd() * 6);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const slots: Record<string, () => string> = {
      unit: () => pick(UNITS),
      town: () => pick(TOWNS),
      n: () => String(10 + Math.floor(rnd() * 5000)),
      pct: () => String(80 + Math.floor(rnd() * 20)),
      date: () => `${month}月${day}日`,
    };
    const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => slots[name]!());
    // Subjects are not equally common: a skewed pick, as in a real archive.
    const subject = SUBJECTS[Math.floor(rnd() ** 1.2 * SUBJECTS.length)]!;
    const paragraphs: string[] = [];
    const count = 3 + Math.floor(rnd() * 4);
    for (let p = 0; p < count; p++) {
      const sentences = 2 + Math.floor(rnd() * 3);
      paragraphs.push(Array.from({ length: sentences }, () => fill(rnd() < 0.65 ? pick(subject.sentences) : pick(COMMON))).join(''));
    }
    return { unitIndex: i % UNITS.length, title: fill(pick(subject.titles)), body: paragraphs.join('\n'), date };
  };
}

export const BENCH_UNITS = UNITS;

/** Writes the releases (the triggers queue each one for the index). */
export async function generate(db: Kysely<Database>, unitIds: number[], log: (line: string) => void): Promise<void> {
  const make = documentMaker();
  const at = new Date().toISOString();
  const BATCH = 1_000;
  for (let start = 0; start < DOCUMENTS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, DOCUMENTS - start) }, (_, k) => {
      const doc = make(start + k);
      return {
        unit_id: unitIds[doc.unitIndex]!,
        title: doc.title,
        in_name_of: 'unit',
        organizer: 'unit',
        form: 'written_release',
        categories: '["disclosure"]',
        starts_at: `${doc.date}T02:00:00.000Z`,
        release_date: doc.date,
        venue: null,
        status: 'published',
        // One release in ten is internal to its unit: the A17 filter has something to filter.
        is_public: (start + k) % 10 === 0 ? 0 : 1,
        not_public_reason: (start + k) % 10 === 0 ? '涉及内部工作安排' : null,
        summary: null,
        body: doc.body,
        transcript: null,
        platform_ids: '[]',
        confidentiality_reviewer: '保密员',
        confidentiality_reviewed_at: at,
        risk_assessment: null,
        opinion_reaction: null,
        created_by: null,
        created_at: at,
        updated_at: at,
      };
    });
    await db.transaction().execute((trx) => trx.insertInto('releases').values(rows).execute());
    if ((start + BATCH) % 50_000 === 0) log(`    ${start + BATCH} releases written`);
  }
}
