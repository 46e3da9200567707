/**
 * A few months in the life of the demo district, dated back from the moment it is loaded (in
 * Asia/Shanghai days and workdays), so the portal and the console always look current: held
 * and published releases of several forms by several units, two archived press conferences and
 * one announced, a closed emergency with its rolling updates, opinion items, a hot-topic
 * linkage, an interview request, a training, and the media that took part.
 *
 * Kept away from what the browser journeys assert (e2e/tests): nothing here is 白马镇's or
 * 区交通局's, whose quotas, training, topics, opinions and incidents the journeys drive; no
 * press conference of 区交通局 (the journey counts its first, A13.3-d); no training of any
 * township's or subdistrict's spokesperson (A12: a journey finds 白马镇's untrained); nothing about 防汛 (the topics journey's search word); the announced
 * conference is held in the afternoon, clear of the 10:00 slots the journeys book (A15.5).
 * demo.test.ts holds these.
 */
import { addDays, addWorkdays, districtDate, subtractWorkdays, workdayCalendar, type WorkdayCalendar } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { loadCalendarData } from '../modules/calendar/repository';
import type { PendingUploads } from './documents';
import {
  indexWritten,
  writeConference,
  writeHotTopic,
  writeIncident,
  writeInterview,
  writeOpinion,
  writeOutlet,
  writeRelease,
  writeTraining,
  type Actor,
  type DemoWriter,
} from './writers';

/** The demo district as the seed built it: ids by key, and the people's names. */
export interface DemoDirectory {
  units: Map<string, { id: number; path: string }>;
  /** `leader:杨文华`, `standing_vice`, `director`, `<unit>:principal|spokesperson|assistant`. */
  people: Map<string, number>;
  names: Map<number, string>;
  users: Map<string, number>;
}

export type DemoActivity = DemoWriter['written'];

/** Units of the story that the journeys must find untouched (see the file comment). */
export const UNTOUCHED_UNITS = ['baima', 'jtj'] as const;

/** Clock arithmetic of the story: dates counted back from the day it is loaded. */
export function storyClock(at: string, cal: WorkdayCalendar) {
  const today = districtDate(at);
  return {
    today,
    /** The n-th workday before today. */
    back: (n: number) => subtractWorkdays(cal, today, n),
    /** The n-th workday after today. */
    ahead: (n: number) => addWorkdays(cal, today, n),
    /** n calendar days before today. */
    daysBack: (n: number) => addDays(today, -n),
    /** The instant of a district wall-clock time. */
    t: (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`).toISOString(),
    plus: (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString(),
  };
}

/** `11月3日` */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

export async function seedDemoActivity(trx: Kysely<Database>, at: string, dir: DemoDirectory, uploads: PendingUploads): Promise<DemoActivity> {
  const cal = workdayCalendar(await loadCalendarData(trx));
  const w: DemoWriter = { trx, at, cal, uploads, written: { releases: [], conferences: [], incidents: [], opinions: [], hotTopics: [], interviews: [], trainings: [], outlets: [] } };
  const { today, back, ahead, daysBack, t, plus } = storyClock(at, cal);

  const unit = (key: string) => dir.units.get(key)!.id;
  const person = (key: string) => {
    const id = dir.people.get(key);
    if (id === undefined) throw new Error(`演示人员不存在：${key}`);
    return id;
  };
  const as = (key: string): Actor => ({ userId: null, name: dir.names.get(person(key))! });
  const office: Actor = { userId: dir.users.get('xinwenban')!, name: dir.names.get(person('director'))! };
  const officeId = office.userId;

  const platforms = new Map((await trx.selectFrom('platforms').select(['id', 'name']).execute()).map((p) => [p.name, p.id]));
  const platform = (...names: string[]) => names.map((n) => platforms.get(n)!).filter((id) => id !== undefined);
  const ONLINE = platform('武隆区人民政府门户网站', '“武隆微发布”公众号', '武隆网', '武隆印象 APP');
  const center = (await trx.selectFrom('venues').select('id').where('is_center', '=', 1).orderBy('id').executeTakeFirstOrThrow()).id;

  // ------------------------------------------------------------ media (A13.7): qualified on every day of the story
  const since = daysBack(1200);
  const until = addDays(today, 900);
  const rongmei = await writeOutlet(
    w,
    {
      name: '武隆区融媒体中心',
      level: 'district',
      licenceNo: '渝网信备50023200001号',
      validFrom: since,
      validUntil: until,
      contact: '023-77721000',
      journalists: [{ name: '向玲', pressCardNo: 'B50156000123', validFrom: since, validUntil: until, contact: '023-77721018' }],
    },
    t(daysBack(400), '09:00'),
  );
  const cqrb = await writeOutlet(
    w,
    {
      name: '重庆日报',
      level: 'municipal',
      licenceNo: '渝新出报证字第0001号',
      validFrom: since,
      validUntil: until,
      contact: '023-63900000',
      journalists: [{ name: '冉茂林', pressCardNo: 'B50001234567', validFrom: since, validUntil: until, contact: '023-63900000' }],
    },
    t(daysBack(400), '09:05'),
  );
  const hualong = await writeOutlet(
    w,
    { name: '华龙网', level: 'municipal', licenceNo: '50120170001', validFrom: since, validUntil: until, contact: '023-67900000', journalists: [] },
    t(daysBack(400), '09:10'),
  );
  const shangyou = await writeOutlet(
    w,
    { name: '上游新闻', level: 'municipal', licenceNo: '50120170006', validFrom: since, validUntil: until, contact: '023-63910000', journalists: [] },
    t(daysBack(400), '09:15'),
  );
  const xinhua = await writeOutlet(
    w,
    { name: '新华社重庆分社', level: 'central', licenceNo: '10120060001', validFrom: since, validUntil: until, contact: '023-63800000', journalists: [] },
    t(daysBack(400), '09:20'),
  );

  const lowRisk = { topicReviewed: true, contentReviewed: true, formReviewed: true, riskLevel: 'low' as const };

  // ------------------------------------------------------------ 区长 at the municipal news office (A13.3-a, A13.3-b)
  const municipalDay = back(52);
  await writeRelease(w, {
    body: {
      unitId: unit('gov'),
      title: '市政府新闻办举行新闻发布会 介绍武隆区文旅融合发展情况',
      inNameOf: 'district_gov',
      organizer: 'municipal_news_office',
      form: 'press_conference',
      categories: ['disclosure', 'major_event'],
      startsAt: t(municipalDay, '10:00'),
      venue: '重庆市人民政府新闻发布厅',
      participants: [
        { personId: person('leader:杨文华'), part: 'main_speaker' },
        { personId: person('leader:黄丽萍'), part: 'speaker' },
      ],
      outlets: [{ outletId: cqrb.id, journalistId: null }, { outletId: hualong.id, journalistId: null }, { outletId: xinhua.id, journalistId: null }],
      platformIds: platform('武隆区人民政府门户网站', '“武隆微发布”公众号'),
      qa: true,
      status: 'held',
      summary: '区长杨文华在市政府新闻办新闻发布会上介绍武隆区推进文旅深度融合、建设世界知名旅游目的地的做法和成效，副区长黄丽萍回答记者提问。',
      body: [
        '武隆区坚持以文塑旅、以旅彰文，依托武隆喀斯特世界自然遗产和仙女山、天生三桥、芙蓉洞、白马山等优质资源，推动文化和旅游深度融合发展。',
        '在产品供给上，持续提升武隆喀斯特旅游区品质，丰富“印象武隆”等文旅演艺产品，发展乡村民宿、康养度假、户外运动等新业态。',
        '在服务保障上，完善景区交通接驳、智慧票务和游客服务体系，推行景区“预约、错峰、限量”管理，提升游客满意度。',
        '在品牌推广上，举办系列节会活动，加强与主要客源地合作，持续扩大“武隆喀斯特”品牌影响力。',
        '下一步，武隆将坚持生态优先、绿色发展，推动旅游业从门票经济向产业经济转变，加快建设世界知名旅游目的地。',
      ].join('\n'),
      transcript: [
        '主持人：各位记者朋友，上午好！今天我们邀请到武隆区区长杨文华、副区长黄丽萍，介绍武隆区文旅融合发展情况，并回答大家关心的问题。',
        '杨文华：（介绍情况，略）',
        '新华社记者：武隆在推动旅游从“门票经济”向“产业经济”转变方面有哪些具体举措？',
        '黄丽萍：我们重点做了三件事：一是延长游客停留时间，发展夜游、演艺和度假产品；二是带动乡村民宿和特色农产品销售，让群众在旅游发展中增收；三是推动景区与周边乡镇联动，形成全域旅游格局。',
        '主持人：今天的发布会到此结束，谢谢大家！',
      ].join('\n'),
      confidentialityReview: { reviewer: '区政府办公室 保密员', reviewedAt: t(back(54), '16:00') },
      riskAssessment: { ...lowRisk, principalId: person('leader:杨文华'), spokespersonId: person('standing_vice'), mainSpeakerId: person('leader:杨文华') },
      opinionReaction: '市级主要媒体集中报道，网络反响积极，未发现负面舆情。',
    },
    createdBy: officeId,
    createdAt: t(municipalDay, '15:30'),
  });

  // ------------------------------------------------------------ 区人力社保局: a briefing (F2)
  const briefingDay = back(45);
  await writeRelease(w, {
    body: {
      unitId: unit('rsj'),
      title: '武隆区稳就业促增收工作情况新闻通报会',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'press_briefing',
      categories: ['disclosure', 'policy_interpretation'],
      startsAt: t(briefingDay, '15:00'),
      venue: '区新闻发布中心',
      participants: [
        { personId: person('rsj:spokesperson'), part: 'main_speaker' },
        { personId: person('rsj:assistant'), part: 'host' },
      ],
      outlets: [{ outletId: rongmei.id, journalistId: rongmei.journalists.get('向玲')! }, { outletId: shangyou.id, journalistId: null }],
      platformIds: ONLINE,
      qa: false,
      status: 'held',
      summary: '区人力社保局通报全区稳就业促增收工作情况，解读吸纳就业补贴、创业担保贷款和技能培训补贴等政策。',
      body: [
        '今年以来，区人力社保局坚持就业优先，落实落细各项稳就业政策，全区城镇新增就业和农村劳动力转移就业保持稳定。',
        '一是政策惠企稳岗。对吸纳高校毕业生、脱贫人口等重点群体就业的企业，按规定给予一次性吸纳就业补贴和社会保险补贴。',
        '二是创业带动就业。符合条件的个人可申请最高30万元的创业担保贷款，小微企业最高可申请400万元，财政按规定贴息。',
        '三是技能提升增收。围绕旅游服务、餐饮、家政、电商等岗位开展订单式培训，培训合格的按规定享受职业技能培训补贴。',
        '四是服务精准对接。常态化开展“春风行动”“就业援助月”等公共就业服务活动，在各乡镇（街道）设立就业服务站点，让群众在家门口找到工作。',
        '有关政策可拨打区人力社保局咨询电话或登录区政府门户网站查询。',
      ].join('\n'),
      confidentialityReview: { reviewer: '区人力社保局 保密员', reviewedAt: t(back(46), '17:00') },
      riskAssessment: { ...lowRisk, principalId: person('rsj:principal'), spokespersonId: person('rsj:spokesperson'), mainSpeakerId: person('rsj:spokesperson') },
      opinionReaction: '政策解读清晰，网民咨询集中在创业担保贷款申请条件，已由区就业服务中心逐一答复。',
    },
    createdBy: officeId,
    createdAt: t(briefingDay, '17:20'),
  });

  // ------------------------------------------------------------ 区政府's press conference: the standing vice district head speaks (A15)
  const govDay = back(28);
  const fgwHead = dir.names.get(person('fgw:principal'))!;
  const govText = (opening: string) =>
    [
      '各位记者朋友：大家上午好！',
      '今年以来，武隆区坚持把优化营商环境作为“一把手”工程，围绕市场主体关切，持续推进政务服务提质、要素保障增效、涉企服务升级。',
      `一是政务服务更加便捷。全区依申请政务服务事项实现“一窗综办”，${opening}，工程建设项目审批推行“容缺受理”和并联审批。`,
      '二是要素保障更加有力。设立中小微企业应急转贷资金，常态化开展“政银企”对接活动，建立重点项目用地、用能、用工保障清单。',
      '三是涉企服务更加精准。建立区领导联系重点民营企业制度，开通“企业吹哨、部门报到”诉求办理通道，涉企诉求实行台账管理、限时办结。',
      '四是法治保障更加健全。全面推行涉企行政检查“综合查一次”，实行包容审慎监管，对首次轻微违法行为依法不予行政处罚。',
      '下一步，我们将对照市场主体和群众期盼，持续打造市场化、法治化一流营商环境，为民营经济高质量发展提供坚实保障。',
    ].join('\n');
  await writeConference(w, {
    body: {
      unitId: unit('fgw'),
      title: '武隆区优化营商环境推动民营经济高质量发展新闻发布会',
      inNameOf: 'district_gov',
      startsAt: t(govDay, '10:00'),
      durationMinutes: 60,
      venueId: center,
      participants: [
        { personId: person('standing_vice'), part: 'main_speaker' },
        { personId: person('director'), part: 'host' },
        { personId: person('fgw:principal'), part: 'speaker' },
      ],
      outletIds: [rongmei.id, cqrb.id, hualong.id, shangyou.id],
      categories: ['disclosure', 'policy_interpretation'],
      summary: '区政府常务副区长、区政府新闻发言人陈建国介绍武隆区优化营商环境、支持民营经济发展的政策措施和工作成效，区发展改革委主要负责人回答记者提问。',
      releaseText: govText('企业开办时间压缩至1个工作日以内'),
      riskAssessment: lowRisk,
    },
    drafter: as('fgw:assistant'),
    createdAt: t(back(45), '15:20'),
    firstDraft: govText('企业开办时间大幅压缩'),
    workPlan: [
      '一、发布主题：介绍武隆区优化营商环境、支持民营经济高质量发展的政策措施和工作成效。',
      '二、时间地点：拟于工作日上午10:00在区新闻发布中心（区融媒体中心2楼）举行，时长约60分钟。',
      '三、发布人：区政府常务副区长、区政府新闻发言人陈建国作主发布，区发展改革委主要负责人发布并回答记者提问；区政府新闻办主任主持。',
      '四、邀请媒体：武隆区融媒体中心、重庆日报、华龙网、上游新闻。',
      '五、发布流程：主持人开场；主发布人介绍情况；回答记者提问；主持人结束发布会。',
      '六、宣传推广：会前通过“武隆微发布”和区政府门户网站发布预告，会中开展网络图文直播，会后在各平台集中推送。',
      '七、风险研判：经研判，本次发布社会稳定风险等级为低；已准备答问口径，对融资、涉企检查等可能提问作了准备。',
    ],
    steps: [
      { action: 'request_unit_approval', at: t(back(44), '10:00'), by: as('fgw:assistant') },
      { action: 'submit', at: t(back(43), '16:30'), by: as('fgw:principal'), opinion: '同意报送区政府新闻办审核' },
      { action: 'start_review', at: t(back(42), '09:10'), by: office },
      {
        action: 'request_revision',
        at: t(back(41), '15:00'),
        by: office,
        opinion: '请按批注核实数据、完善文稿后重新报送',
        comment: { quote: '企业开办时间大幅压缩', body: '请写明压缩后的具体时限，并与区政务服务中心核实数据' },
      },
      { action: 'resubmit', at: t(back(40), '11:00'), by: as('fgw:assistant') },
      { action: 'pass_review', at: t(back(38), '17:00'), by: office, opinion: '经规范性审核，文稿符合发布要求，请单位审定' },
      { action: 'approve', at: t(back(37), '10:30'), by: as('fgw:principal'), opinion: '同意发布' },
      { action: 'announce', at: t(back(31), '09:00'), by: office },
      { action: 'start_live', at: t(govDay, '09:58'), by: office },
      { action: 'finish', at: t(govDay, '11:00'), by: office },
      { action: 'archive', at: t(back(27), '16:00'), by: office },
    ],
    livePosts: [
      { at: t(govDay, '10:00'), body: '发布会开始。区政府常务副区长、区政府新闻发言人陈建国介绍武隆区优化营商环境工作情况。' },
      { at: t(govDay, '10:09'), body: '陈建国：全区依申请政务服务事项实现“一窗综办”，企业开办时间压缩至1个工作日以内。' },
      { at: t(govDay, '10:21'), body: '武隆区融媒体中心记者提问：民营企业融资难、融资贵，区里有哪些具体举措？' },
      { at: t(govDay, '10:24'), body: `区发展改革委主任${fgwHead}：设立中小微企业应急转贷资金，常态化开展“政银企”对接，今年已帮助一批民营企业解决融资需求。` },
      { at: t(govDay, '10:38'), body: '华龙网记者提问：企业反映的诉求如何保证及时办理？' },
      { at: t(govDay, '10:41'), body: '陈建国：涉企诉求实行台账管理、限时办结，办理结果向企业反馈并接受评价。' },
      { at: t(govDay, '10:56'), body: '发布会结束。感谢各位记者朋友！' },
    ],
    archive: {
      transcript: [
        `主持人（区政府新闻办主任${office.name}）：各位记者朋友，上午好！欢迎出席武隆区优化营商环境推动民营经济高质量发展新闻发布会。今天的主发布人是区政府常务副区长、区政府新闻发言人陈建国，区发展改革委主任${fgwHead}也将回答大家的提问。`,
        '陈建国：（介绍情况，见发布文稿）',
        '武隆区融媒体中心记者：民营企业融资难、融资贵，区里有哪些具体举措？',
        `${fgwHead}：我们设立了中小微企业应急转贷资金，常态化开展“政银企”对接活动，同时推动金融机构扩大信用贷款投放，切实降低企业融资成本。`,
        '华龙网记者：企业反映的诉求如何保证及时办理？',
        '陈建国：我们开通了“企业吹哨、部门报到”诉求办理通道，涉企诉求实行台账管理、限时办结，办理结果向企业反馈并接受评价。',
        '主持人：今天的发布会到此结束，谢谢大家！',
      ].join('\n'),
      opinionReaction: '市、区主要媒体和网络平台集中报道，网民评论以点赞和政策咨询为主，未发现负面舆情。',
      coverage: [
        { outletName: '武隆区融媒体中心', title: '我区举行优化营商环境推动民营经济高质量发展新闻发布会', publishedOn: govDay },
        { outletName: '华龙网', title: '武隆：企业开办压缩至1个工作日 持续打造一流营商环境', publishedOn: govDay },
        { outletName: '重庆日报', title: '武隆持续优化营商环境 民营经济活力加速释放', publishedOn: addDays(govDay, 1) },
      ],
    },
  });

  // ------------------------------------------------------------ 仙女山街道: a press conference in its own name (A13.3-d)
  const xnsDay = back(35);
  await writeRelease(w, {
    body: {
      unitId: unit('xiannvshan'),
      title: '仙女山街道旅游度假区环境综合提升新闻发布会',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'press_conference',
      categories: ['disclosure'],
      startsAt: t(xnsDay, '10:00'),
      venue: '仙女山街道便民服务中心三楼会议室',
      participants: [
        { personId: person('xiannvshan:principal'), part: 'main_speaker' },
        { personId: person('xiannvshan:spokesperson'), part: 'speaker' },
        { personId: person('xiannvshan:assistant'), part: 'host' },
      ],
      outlets: [{ outletId: rongmei.id, journalistId: rongmei.journalists.get('向玲')! }, { outletId: shangyou.id, journalistId: null }],
      platformIds: ONLINE,
      qa: true,
      status: 'held',
      summary: '仙女山街道介绍旅游度假区环境综合提升工作：道路和停车设施改造、民宿规范经营、垃圾污水治理，以及游客和居民关心的问题。',
      body: [
        '仙女山街道围绕建设国际旅游度假区的目标，持续开展旅游度假区环境综合提升。',
        '一是完善基础设施。实施度假区主要道路“白改黑”和人行步道改造，新增、改建公共停车位，优化景区交通接驳线路。',
        '二是规范经营秩序。开展民宿、农家乐规范经营专项行动，推行明码标价和诚信经营承诺，畅通游客投诉渠道。',
        '三是治理生态环境。推进生活垃圾分类和污水管网建设，加强草场、林地保护，守护仙女山的绿水青山。',
        '四是提升服务水平。设立游客服务点，组织志愿者开展咨询引导，让游客玩得安心、住得舒心。',
      ].join('\n'),
      transcript: [
        '主持人：各位记者朋友，上午好！今天我们介绍仙女山旅游度假区环境综合提升工作情况。',
        `${dir.names.get(person('xiannvshan:principal'))}：（介绍情况，略）`,
        '上游新闻记者：游客反映的停车难问题如何解决？',
        `${dir.names.get(person('xiannvshan:spokesperson'))}：我们正在新建和改建公共停车场，同时在节假日启用临时停车区和接驳车，引导游客错峰出行。`,
        '主持人：发布会到此结束，谢谢大家！',
      ].join('\n'),
      confidentialityReview: { reviewer: '仙女山街道党政办公室', reviewedAt: t(back(36), '16:30') },
      riskAssessment: {
        ...lowRisk,
        principalId: person('xiannvshan:principal'),
        spokespersonId: person('xiannvshan:spokesperson'),
        mainSpeakerId: person('xiannvshan:principal'),
      },
      opinionReaction: '网民对停车和民宿规范经营关注较多，总体评价正面。',
    },
    createdBy: officeId,
    createdAt: t(xnsDay, '15:00'),
  });

  // ------------------------------------------------------------ 区住房城乡建委: a written release (F5)
  const zjwDay = back(25);
  await writeRelease(w, {
    body: {
      unitId: unit('zjw'),
      title: '武隆区城镇老旧小区改造项目进展情况',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['disclosure'],
      startsAt: t(zjwDay, '10:00'),
      platformIds: ONLINE,
      status: 'published',
      summary: '区住房城乡建委发布今年城镇老旧小区改造项目进展：改造内容、施工安排和居民意见征集渠道。',
      body: [
        '今年，武隆区将凤山街道、芙蓉街道部分建成年代较早、基础设施老化的小区纳入城镇老旧小区改造计划。',
        '改造内容包括：供排水、供电、燃气等管网改造，外墙和屋面修缮，加装或完善消防、安防设施，改善小区道路、照明和停车条件，有条件的增设无障碍设施和适老化设施。',
        '改造坚持“居民自愿、先民主后集中”，每个小区改造方案均经居民议事会讨论并公示。施工期间将合理安排作业时间，减少对居民生活的影响。',
        '居民对改造方案和施工有意见建议的，可向所在社区或区住房城乡建委反映。',
      ].join('\n'),
      confidentialityReview: { reviewer: '区住房城乡建委 办公室', reviewedAt: t(back(26), '17:00') },
    },
    createdBy: officeId,
    createdAt: t(back(26), '17:30'),
    updatedAt: t(zjwDay, '10:00'),
  });

  // ------------------------------------------------------------ 区文化旅游委: an interview asked for on the portal (A13.6, F4)
  const interviewDay = back(20);
  const interview = await writeRelease(w, {
    body: {
      unitId: unit('wlw'),
      title: '接受重庆日报专访：以“旅游+”推动武隆全域旅游提质增效',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'interview',
      categories: ['policy_interpretation'],
      startsAt: t(interviewDay, '14:30'),
      venue: '区文化旅游委会议室',
      participants: [{ personId: person('wlw:principal'), part: 'main_speaker' }],
      outlets: [{ outletId: cqrb.id, journalistId: cqrb.journalists.get('冉茂林')! }],
      platformIds: platform('武隆区人民政府门户网站'),
      status: 'held',
      summary: '区文化旅游委主任接受重庆日报记者专访，介绍武隆以“旅游+”推动全域旅游提质增效的思路和举措。',
      body: [
        '记者：武隆如何推动旅游从景区游向全域游转变？',
        `${dir.names.get(person('wlw:principal'))}：我们以“旅游+”为抓手，推动旅游与文化、农业、体育、康养融合，让游客从看山水到住下来、玩起来。`,
        '记者：乡村旅游如何让群众受益？',
        `${dir.names.get(person('wlw:principal'))}：我们支持乡镇发展特色民宿和乡村旅游点，引导农户通过土地流转、务工、经营等方式参与旅游发展，分享旅游收益。`,
      ].join('\n'),
      confidentialityReview: { reviewer: '区文化旅游委 宣传科', reviewedAt: t(back(21), '16:00') },
    },
    createdBy: officeId,
    createdAt: t(back(23), '15:00'),
    updatedAt: t(interviewDay, '17:00'),
  });
  await writeInterview(w, {
    trackingNo: `CF${back(26).replace(/-/g, '')}-7W3K9Q2M`,
    outlet: '重庆日报',
    journalist: '冉茂林',
    pressCardNo: 'B50001234567',
    topic: '武隆以“旅游+”推动全域旅游提质增效',
    wishedAt: t(interviewDay, '14:30'),
    contact: '023-63900000',
    submittedAt: t(back(26), '10:20'),
    routed: {
      unitId: unit('wlw'),
      at: t(back(25), '11:00'),
      by: office,
      background: '重庆日报拟刊发区县文旅融合发展系列报道，请区文化旅游委主要负责人接受采访。',
      leads: '可结合武隆喀斯特旅游区提质、乡村民宿发展和文旅惠民活动介绍。',
      safetyNotes: '涉及游客接待量等数据以统计部门公布数据为准。',
    },
    accepted: { at: t(back(23), '15:00'), by: as('wlw:principal'), note: '同意接受专访，由区文化旅游委主任接受采访。', releaseId: interview },
  });

  // ------------------------------------------------------------ 区卫生健康委's press conference in the news office's name (A15, A13.3-d)
  const wjwDay = back(15);
  await writeConference(w, {
    body: {
      unitId: unit('wjw'),
      title: '武隆区推进紧密型县域医共体建设新闻发布会',
      inNameOf: 'news_office',
      startsAt: t(wjwDay, '10:00'),
      durationMinutes: 60,
      venueId: center,
      participants: [
        { personId: person('wjw:principal'), part: 'main_speaker' },
        { personId: person('wjw:spokesperson'), part: 'speaker' },
        { personId: person('director'), part: 'host' },
      ],
      guests: [{ name: '郑开元', title: '区人民医院院长' }],
      outletIds: [rongmei.id, shangyou.id],
      categories: ['policy_interpretation'],
      summary: '区卫生健康委介绍紧密型县域医共体建设进展：优质医疗资源下沉、检查检验结果互认、家庭医生签约服务，并回答记者提问。',
      releaseText: [
        '近年来，武隆区以紧密型县域医共体建设为抓手，推动优质医疗资源下沉，群众就近就医的获得感不断增强。',
        '一是组建医共体。由区人民医院、区中医院牵头，组建两个紧密型医共体，覆盖全区乡镇（街道）卫生院和村卫生室，实行人员、财务、药品、信息统一管理。',
        '二是推动资源下沉。牵头医院定期安排专家到乡镇卫生院坐诊、带教，建设胸痛、卒中等急救协同网络，常见病、多发病在基层就能看好。',
        '三是服务便民利民。推行检查检验结果互认，开展远程影像、远程心电诊断，群众在家门口就能享受区级医院的诊疗服务。',
        '四是强化保障。深化医保支付方式改革，做实家庭医生签约服务，重点人群签约服务覆盖面稳步扩大。',
        '下一步，区卫生健康委将持续深化医共体建设，让群众少跑路、看好病。',
      ].join('\n'),
      riskAssessment: lowRisk,
    },
    drafter: as('wjw:assistant'),
    createdAt: t(back(31), '10:00'),
    workPlan: [
      '一、发布主题：介绍武隆区紧密型县域医共体建设进展和便民惠民举措。',
      '二、时间地点：工作日上午10:00，区新闻发布中心。',
      '三、发布人：区卫生健康委主任作主发布，新闻发言人发布并回答提问，区人民医院院长作为嘉宾出席；区政府新闻办主任主持。',
      '四、邀请媒体：武隆区融媒体中心、上游新闻。',
      '五、风险研判：社会稳定风险等级低；对挂号、医保报销等可能提问已准备答问口径。',
    ],
    steps: [
      { action: 'request_unit_approval', at: t(back(30), '14:00'), by: as('wjw:assistant') },
      { action: 'submit', at: t(back(29), '09:30'), by: as('wjw:principal'), opinion: '同意报送' },
      { action: 'start_review', at: t(back(28), '10:00'), by: office },
      { action: 'pass_review', at: t(back(26), '16:00'), by: office, opinion: '文稿规范，拟同意发布，请单位审定' },
      { action: 'approve', at: t(back(25), '11:00'), by: as('wjw:spokesperson'), opinion: '同意发布' },
      { action: 'announce', at: t(back(19), '09:00'), by: office },
      { action: 'start_live', at: t(wjwDay, '09:57'), by: office },
      { action: 'finish', at: t(wjwDay, '10:55'), by: office },
      { action: 'archive', at: t(back(14), '15:30'), by: office },
    ],
    livePosts: [
      { at: t(wjwDay, '10:00'), body: '发布会开始。区卫生健康委介绍紧密型县域医共体建设情况。' },
      { at: t(wjwDay, '10:15'), body: '全区组建两个紧密型医共体，覆盖乡镇（街道）卫生院和村卫生室，推行检查检验结果互认。' },
      { at: t(wjwDay, '10:31'), body: '上游新闻记者提问：乡镇群众看病能享受到哪些区级医院的服务？' },
      { at: t(wjwDay, '10:34'), body: '答：牵头医院专家定期到乡镇卫生院坐诊，并开展远程影像、远程心电诊断，群众在家门口就能看专家。' },
      { at: t(wjwDay, '10:52'), body: '发布会结束。' },
    ],
    archive: {
      transcript: [
        `主持人（区政府新闻办主任${office.name}）：各位记者朋友，上午好！今天我们邀请区卫生健康委介绍紧密型县域医共体建设情况。`,
        `${dir.names.get(person('wjw:principal'))}：（介绍情况，见发布文稿）`,
        '上游新闻记者：乡镇群众看病能享受到哪些区级医院的服务？',
        `${dir.names.get(person('wjw:spokesperson'))}：牵头医院专家定期到乡镇卫生院坐诊、带教，并开展远程影像、远程心电诊断，群众在家门口就能看专家。`,
        '主持人：今天的发布会到此结束，谢谢大家！',
      ].join('\n'),
      opinionReaction: '报道后网民关注检查结果互认和专家下沉坐诊时间，评价积极，未发现负面舆情。',
      coverage: [
        { outletName: '武隆区融媒体中心', title: '我区推进紧密型县域医共体建设 群众家门口看专家', publishedOn: wjwDay },
        { outletName: '上游新闻', title: '武隆：两个医共体覆盖城乡 检查结果互认让群众少跑路', publishedOn: addDays(wjwDay, 1) },
      ],
    },
  });

  // ------------------------------------------------------------ 区文化旅游委's conference, approved and announced for an afternoon a few workdays ahead (A15.6)
  const wlwDay = ahead(4);
  await writeConference(w, {
    body: {
      unitId: unit('wlw'),
      title: '“游武隆·享喀斯特”文旅惠民系列活动新闻发布会',
      inNameOf: 'news_office',
      startsAt: t(wlwDay, '15:00'),
      durationMinutes: 60,
      venueId: center,
      participants: [
        { personId: person('wlw:principal'), part: 'main_speaker' },
        { personId: person('wlw:spokesperson'), part: 'speaker' },
        { personId: person('wlw:assistant'), part: 'host' },
      ],
      outletIds: [rongmei.id, cqrb.id, hualong.id],
      categories: ['disclosure', 'major_event'],
      summary: '区文化旅游委发布“游武隆·享喀斯特”文旅惠民系列活动：景区门票优惠、文旅消费券发放和特色文旅活动安排。',
      releaseText: [
        '为进一步激发文旅消费活力，让广大市民游客共享旅游发展成果，武隆区推出“游武隆·享喀斯特”文旅惠民系列活动。',
        '一是门票优惠。活动期间，武隆喀斯特旅游区（天生三桥、芙蓉洞）、仙女山等景区对特定群体实行门票减免和优惠，具体以各景区公告为准。',
        '二是消费惠民。分批发放文旅消费券，可在全区参与活动的住宿、餐饮和文创商户使用。',
        '三是活动丰富。各乡镇（街道）结合本地特色，组织民俗展演、乡村旅游和户外运动等活动。',
        '四是服务保障。各景区落实预约、错峰、限量措施，完善交通接驳和游客咨询服务，确保游客玩得安全、玩得舒心。',
      ].join('\n'),
      riskAssessment: lowRisk,
    },
    drafter: as('wlw:assistant'),
    createdAt: t(back(12), '10:00'),
    workPlan: [
      '一、发布主题：发布“游武隆·享喀斯特”文旅惠民系列活动安排。',
      '二、时间地点：工作日下午15:00，区新闻发布中心。',
      '三、发布人：区文化旅游委主任作主发布，新闻发言人回答提问；区文化旅游委宣传科主任主持。',
      '四、邀请媒体：武隆区融媒体中心、重庆日报、华龙网。',
      '五、宣传推广：会前通过“武隆微发布”和区政府门户网站发布预告，会中开展网络图文直播。',
      '六、风险研判：社会稳定风险等级低；对景区承载量、交通保障等可能提问已准备答问口径。',
    ],
    steps: [
      { action: 'request_unit_approval', at: t(back(11), '15:00'), by: as('wlw:assistant') },
      { action: 'submit', at: t(back(10), '10:00'), by: as('wlw:principal'), opinion: '同意报送' },
      { action: 'start_review', at: t(back(9), '09:30'), by: office },
      { action: 'pass_review', at: t(back(7), '16:00'), by: office, opinion: '文稿规范，拟同意发布，请单位审定' },
      { action: 'approve', at: t(back(6), '10:00'), by: as('wlw:principal'), opinion: '同意发布' },
      { action: 'announce', at: t(back(2), '09:00'), by: office },
    ],
  });

  // ------------------------------------------------------------ 预付式消费: a hot-topic linkage answered by 区市场监管局 on time (A13.1)
  const scjDay = back(10);
  const prepaid = await writeRelease(w, {
    body: {
      unitId: unit('scj'),
      title: '区市场监管局开展预付式消费领域专项整治并发布消费提示',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['disclosure', 'policy_interpretation'],
      startsAt: t(scjDay, '10:00'),
      platformIds: ONLINE,
      status: 'published',
      summary: '区市场监管局在健身、美容美发、教育培训等行业开展预付式消费专项整治，提醒消费者理性办卡、保留凭证、依法维权。',
      body: [
        '针对群众反映的预付式消费“办卡容易退费难”问题，区市场监管局会同有关部门在健身、美容美发、洗车、教育培训等行业开展专项整治。',
        '整治重点：经营者未与消费者签订书面合同、擅自变更服务内容、收取预付款后停业或转让不履行义务等行为。',
        '消费提示：一是理性办卡，选择证照齐全、信誉良好的经营者，不轻信“充值送”等宣传；二是签订书面合同，明确服务内容、期限和退款条件；三是保存好付款凭证和合同；四是合法权益受到侵害时，可拨打12315热线或通过全国12315平台投诉举报。',
      ].join('\n'),
      confidentialityReview: { reviewer: '区市场监管局 办公室', reviewedAt: t(back(11), '16:00') },
    },
    createdBy: officeId,
    createdAt: t(back(11), '16:30'),
    updatedAt: t(scjDay, '10:00'),
  });
  await writeHotTopic(w, {
    title: '预付式消费退费难问题集中回应',
    description: '近期12345热线和网络平台反映健身、美容美发、教育培训等行业预付式消费退费难的诉求增多，请相关单位限时发布整治情况和维权指引，回应群众关切。',
    openedAt: t(back(13), '09:00'),
    by: office,
    assignments: [
      {
        unitId: unit('scj'),
        task: 'release',
        instructions: '发布预付式消费领域专项整治工作情况和消费维权提示',
        assignedAt: t(back(13), '09:30'),
        dueAt: t(scjDay, '18:00'),
        releaseId: prepaid,
      },
    ],
    closedAt: t(back(8), '17:00'),
  });

  // ------------------------------------------------------------ training (A12): the departments' spokespersons and assistants; the townships' is still to come
  const trainingDay = back(30);
  const trained = ['fgw', 'jw', 'wjw', 'rsj', 'zjw', 'yjj', 'wlw', 'scj'];
  await writeTraining(w, {
    topic: `${trainingDay.slice(0, 4)}年区级部门新闻发言人及新闻发言人助理业务培训班`,
    heldOn: trainingDay,
    organizer: '武隆区人民政府新闻办公室',
    kind: 'news_office_training',
    note: '邀请市政府新闻办专家授课，内容包括新闻发布会组织实施、舆情研判与回应、突发事件信息发布，并开展模拟发布演练。',
    personIds: trained.flatMap((key) => [person(`${key}:spokesperson`), person(`${key}:assistant`)]),
    by: office,
    recordedAt: t(trainingDay, '17:30'),
  });

  // ------------------------------------------------------------ a closed emergency in 火炉镇 with its rolling updates (A13.4-c, A13.4-d)
  const incidentDay = daysBack(38);
  const nextDay = addDays(incidentDay, 1);
  const occurredAt = t(incidentDay, '05:50');
  await writeIncident(w, {
    body: {
      title: '火炉镇境内乡道山体垮塌',
      kind: 'natural_disaster',
      grade: 'IV',
      occurredAt,
      responsibleUnitId: unit('huolu'),
      location: '火炉镇境内乡道K6+300处',
      summary: '受前期降雨影响，火炉镇境内一乡道K6+300处边坡发生山体垮塌，造成道路中断，未造成人员伤亡。',
      isPublic: true,
      confidentialityReview: { reviewer: '火炉镇党政办公室', reviewedAt: t(incidentDay, '07:30') },
    },
    registeredAt: t(incidentDay, '07:20'),
    by: office,
    updates: [
      {
        body: {
          title: '火炉镇境内乡道发生山体垮塌 道路临时中断',
          facts: `${monthDay(incidentDay)}5时50分许，火炉镇境内一乡道K6+300处发生山体垮塌，垮塌方量约1500立方米，造成道路中断。经现场排查，未造成人员伤亡和车辆受损。`,
          attitude: '火炉镇党委、政府高度重视，主要负责同志第一时间带领应急、交通、规划自然资源等部门力量赶赴现场处置。',
          measures: '已在垮塌点两端设置警示标志和临时管制点，安排专人24小时值守；对周边4户12名群众进行临时避险转移；过往车辆请绕行邻近乡道。',
          causes: '初步判断为受前期降雨影响，边坡岩土体失稳所致，具体原因正在进一步调查。',
          source: '火炉镇人民政府',
          nextUpdateBy: t(nextDay, '18:00'),
        },
        draftedAt: t(incidentDay, '07:40'),
        reviewedAt: t(incidentDay, '08:10'),
        reviewer: '火炉镇党政办公室',
        publishedAt: t(incidentDay, '08:20'),
      },
      {
        body: {
          title: '火炉镇境内乡道山体垮塌点抢通 恢复通行',
          facts: `经连续抢险作业，截至${monthDay(nextDay)}16时，垮塌点土石方已全部清运完毕，道路恢复通行。`,
          measures: '对垮塌边坡实施临时防护，设置监测点开展专业监测；临时转移的群众经安全评估后已有序返回。',
          causes: '经专业技术人员现场勘查，垮塌系边坡岩体长期风化、受降雨入渗影响失稳所致。',
          causesConfirmed: true,
          source: '火炉镇人民政府',
        },
        draftedAt: t(nextDay, '16:30'),
        reviewedAt: t(nextDay, '16:50'),
        reviewer: '火炉镇党政办公室',
        publishedAt: t(nextDay, '17:00'),
      },
    ],
    closed: { at: t(addDays(incidentDay, 2), '10:00'), reason: '道路已恢复通行，险情得到有效处置，转入常态化监测。' },
  });

  // ------------------------------------------------------------ opinion items (A13.2, N61): one answered within 48 hours, one closed with a reason, one new
  const seenAt = t(back(6), '08:40');
  const answeredAt = plus(seenAt, 26 * 60);
  const response = await writeRelease(w, {
    body: {
      unitId: unit('wjw'),
      title: '关于网民反映区人民医院门诊挂号排队时间较长问题的回应',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['opinion_response'],
      startsAt: answeredAt,
      platformIds: platform('武隆区人民政府门户网站', '“武隆微发布”公众号'),
      status: 'published',
      summary: '区卫生健康委回应网民关于区人民医院门诊挂号排队时间较长的留言，公布增设窗口、推广预约挂号等改进措施。',
      body: [
        '近日，有网民反映区人民医院门诊挂号、缴费排队时间较长。区卫生健康委高度重视，立即会同区人民医院核实情况。',
        '经核实，受季节性就诊人数增加影响，工作日上午门诊高峰时段排队时间较长。',
        '区人民医院已采取以下措施：一是高峰时段增开挂号缴费窗口，安排导诊人员分流引导；二是推广微信公众号、自助机预约挂号和诊间缴费，分时段预约就诊；三是对老年人等群体保留人工窗口和“绿色通道”。',
        '感谢网民朋友的监督和建议，欢迎继续通过区卫生健康委或区人民医院的服务热线反映意见。',
      ].join('\n'),
      confidentialityReview: { reviewer: '区卫生健康委 办公室', reviewedAt: plus(answeredAt, -40) },
    },
    createdBy: officeId,
    createdAt: plus(answeredAt, -120),
    updatedAt: answeredAt,
  });
  await writeOpinion(w, {
    body: {
      title: '网民反映区人民医院门诊挂号排队时间较长',
      channel: 'online',
      source: '人民网“领导留言板”',
      firstSeenAt: seenAt,
      excerpt: '有网民留言称，近期在区人民医院门诊挂号、缴费排队时间较长，高峰时段需等候近1小时，希望增加窗口、优化就诊流程。',
    },
    reportedBy: office,
    assigned: { unitId: unit('wjw'), at: plus(seenAt, 50), by: office },
    assessed: { level: 'significant', sensitivity: 'medium', trendNote: '留言有少量跟帖和转发，涉及群众就医体验，如不及时回应可能扩散，须在48小时内回应。', at: plus(seenAt, 150), by: as('wjw:spokesperson') },
    responded: { releaseId: response, at: plus(answeredAt, 10), by: as('wjw:spokesperson') },
  });

  const askedAt = t(back(12), '15:10');
  await writeOpinion(w, {
    body: {
      title: '市民咨询芙蓉洞、天生三桥景区本地居民门票优惠政策',
      channel: 'hotline_12345',
      source: '12345 热线工单',
      firstSeenAt: askedAt,
      excerpt: '市民来电咨询本地户籍居民游览芙蓉洞、天生三桥等景区是否享受门票优惠，以及需要携带的证件。',
    },
    reportedBy: office,
    assigned: { unitId: unit('wlw'), at: plus(askedAt, 60), by: office },
    assessed: { level: 'general', sensitivity: 'low', trendNote: '个人政策咨询，无扩散迹象。', at: plus(askedAt, 120), by: as('wlw:spokesperson') },
    notResponded: { reason: '经核实，系市民个人政策咨询，区文化旅游委已通过12345热线答复，不涉及公共舆情，无需公开回应。', at: plus(askedAt, 20 * 60), by: as('wlw:spokesperson') },
  });

  const heardAt = plus(at, -150);
  await writeOpinion(w, {
    body: {
      title: '市民反映凤山街道一小区周边夜间施工噪音扰民',
      channel: 'hotline_12345',
      source: '12345 热线工单',
      firstSeenAt: heardAt,
      excerpt: '市民来电反映，凤山街道一小区周边工地连续多日夜间施工，噪音影响居民休息，希望有关部门查处。',
    },
    reportedBy: office,
  });

  await indexWritten(w);
  return w.written;
}
