import type { FastifyInstance } from 'fastify';
import { html } from './html';
import { DISTRICT, layout } from './layout';
import { conferencePages, upcomingConferencesSection } from './pages/conferences';
import { latestReleasesSection, releasePages } from './pages/releases';
import { searchPages } from './pages/search';
import { spokespersonPages } from './pages/spokespersons';
import { activeIncidentsSection, incidentPages } from './pages/incidents';
import { warningPages, warningsInForceSection } from './pages/warnings';
import { interviewPages } from './pages/interviews';
import { evaluationPages } from './pages/evaluations';
import { PORTAL_CSS } from './style';

/** The public site: server-rendered HTML, readable without JavaScript and on a phone. */
export async function portalRoutes(app: FastifyInstance) {
  app.get('/portal.css', { schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600');
    return PORTAL_CSS;
  });

  await app.register(releasePages);
  await app.register(searchPages);
  await app.register(spokespersonPages);
  await app.register(conferencePages);
  await app.register(incidentPages);
  await app.register(warningPages);
  await app.register(interviewPages);
  await app.register(evaluationPages);

  /** The home page: each capability contributes a section, in this order. */
  const homeSections = [warningsInForceSection, activeIncidentsSection, upcomingConferencesSection, latestReleasesSection];

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
