import { describe, expect, it } from 'vitest';
import { announcementText } from './conference-announcement';

describe('the announcement for 武隆微发布 (A15.6)', () => {
  it('gives time, place, speakers and the live links in the district\'s time', () => {
    const text = announcementText(
      {
        title: '白马镇乡村旅游新闻发布会',
        startsAt: '2026-12-14T02:00:00.000Z',
        venueName: '区新闻发布中心',
        venueAddress: '武隆区融媒体中心2楼',
        unitName: '白马镇',
        inNameOf: 'news_office',
        participants: [
          { personName: '刘镇长', part: 'main_speaker' },
          { personName: '周敏', part: 'host' },
        ],
        liveVideoUrl: null,
      },
      'https://www.cqwulong.gov.cn/conferences/7',
    );
    expect(text.split('\n')).toEqual([
      '【新闻发布会预告】白马镇乡村旅游新闻发布会',
      '武隆区人民政府新闻办公室定于2026年12月14日（星期一）10:00举行白马镇乡村旅游新闻发布会，白马镇介绍有关情况并回答记者提问。',
      '时间：2026年12月14日 10:00',
      '地点：区新闻发布中心（武隆区融媒体中心2楼）',
      '主发布人：刘镇长',
      '主持人：周敏',
      '网络图文直播：https://www.cqwulong.gov.cn/conferences/7',
      '欢迎关注！',
    ]);
  });
});
