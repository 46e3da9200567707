import { html, raw, type SafeHtml } from './html';

export interface PortalPage {
  title: string;
  /** Which navigation entry is current. */
  section?: string;
  body: SafeHtml;
  /** Extra <head> content (feeds, the live-update script of a page). */
  head?: SafeHtml;
}

/** The portal's navigation; capabilities add their public pages here. */
export const PORTAL_NAV: { href: string; label: string }[] = [
  { href: '/', label: '首页' },
  { href: '/conferences', label: '新闻发布会' },
  { href: '/releases', label: '新闻发布' },
  { href: '/incidents', label: '突发事件' },
  { href: '/warnings', label: '预警信息' },
  { href: '/spokespersons', label: '新闻发言人名单' },
  { href: '/interviews', label: '记者采访申请' },
  { href: '/evaluations', label: '年度评估' },
  { href: '/search', label: '站内搜索' },
];

export const DISTRICT = {
  name: '重庆市武隆区',
  office: '武隆区人民政府新闻办公室',
  site: '武隆区新闻发布',
  address: '重庆市武隆区芙蓉街道',
};

export function layout(page: PortalPage): string {
  const nav = PORTAL_NAV.map(
    (item) => html`<li><a href="${item.href}"${raw(page.section === item.href ? ' aria-current="page"' : '')}>${item.label}</a></li>`,
  );
  return `<!doctype html>${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} - ${DISTRICT.site}</title>
<link rel="stylesheet" href="/portal.css">
${page.head ?? ''}
</head>
<body>
<a class="skip" href="#content">跳到正文</a>
<header class="site"><div class="inner">
<a class="brand" href="/"><strong>${DISTRICT.name}人民政府新闻发布</strong><span>权威发布 · 政策解读 · 回应关切</span></a>
</div></header>
<nav class="main" aria-label="主导航"><ul>${nav}</ul></nav>
<main id="content">${page.body}</main>
<footer><div class="inner">
<div>主办：${DISTRICT.office}　地址：${DISTRICT.address}</div>
<div>新闻发布平台依据《武隆区行政机关新闻发布工作办法》（武隆府办发〔2021〕69号）运行　<a href="/console/">工作人员登录</a></div>
</div></footer>
</body>
</html>`}`;
}
