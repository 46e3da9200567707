/** A15.6: the announcement text for the "武隆微发布" account, generated for copying. */
import { formatDistrictDateTime } from '../time';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export interface AnnouncementInput {
  title: string;
  startsAt: string;
  venueName: string;
  venueAddress: string | null;
  unitName: string;
  inNameOf: 'district_gov' | 'news_office';
  participants: readonly { personName: string; part: string }[];
  liveVideoUrl: string | null;
}

export function announcementText(c: AnnouncementInput, pageUrl: string): string {
  const when = formatDistrictDateTime(c.startsAt);
  const weekday = WEEKDAYS[new Date(Date.parse(c.startsAt) + 8 * 3_600_000).getUTCDay()];
  const [date, time] = when.split(' ') as [string, string];
  const [y, m, d] = date.split('-').map(Number);
  const names = (part: string) => c.participants.filter((p) => p.part === part).map((p) => p.personName).join('、');
  const host = c.inNameOf === 'district_gov' ? '武隆区人民政府' : '武隆区人民政府新闻办公室';
  return [
    `【新闻发布会预告】${c.title}`,
    `${host}定于${y}年${m}月${d}日（星期${weekday}）${time}举行${c.title}，${c.unitName}介绍有关情况并回答记者提问。`,
    `时间：${y}年${m}月${d}日 ${time}`,
    `地点：${c.venueName}${c.venueAddress ? `（${c.venueAddress}）` : ''}`,
    names('main_speaker') && `主发布人：${names('main_speaker')}`,
    names('host') && `主持人：${names('host')}`,
    c.liveVideoUrl ? `视频直播：${c.liveVideoUrl}` : null,
    `网络图文直播：${pageUrl}`,
    '欢迎关注！',
  ]
    .filter(Boolean)
    .join('\n');
}
