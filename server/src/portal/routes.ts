import type { FastifyInstance } from 'fastify';
import { html } from './html';
import { DISTRICT, layout } from './layout';
import { latestReleasesSection, releasePages } from './pages/releases';
import { spokespersonPages } from './pages/spokespersons';
import { PORTAL_CSS } from './style';

/** The public site: server-rendered HTML, readable without JavaScript and on a phone. */
export async function portalRoutes(app: FastifyInstance) {
  app.get('/portal.css', { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600');
    return PORTAL_CSS;
  });

  await app.register(releasePages);
  await app.register(spokespersonPages);

  /** The home page: each capability contributes a section, in this order. */
  const homeSections = [latestReleasesSection];

  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    const sections = await Promise.all(homeSections.map((section) => section(app)));
    return layout({
      title: '首页',
      section: '/',
      body: html`
<section class="card">
  <h2>欢迎访问${DISTRICT.name}人民政府新闻发布平台</h2>
  <p>这里发布${DISTRICT.name}行政机关的新闻发布会预告、权威信息、政策解读和突发事件信息。</p>
</section>
${sections}`,
    });
  });
}
