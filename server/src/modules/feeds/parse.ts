/** RSS 2.0, RSS 1.0 (RDF) and Atom, read with fast-xml-parser into one shape. */
import { XMLParser } from 'fast-xml-parser';

export interface FeedEntry {
  title: string;
  link: string | null;
  /** ISO instant, when the feed gives one that parses. */
  publishedAt: string | null;
  summary: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object' && '#text' in v) return textOf((v as Record<string, unknown>)['#text']);
  return '';
}

/** Summaries often carry HTML: the text of it, in one line. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function instant(v: unknown): string | null {
  const t = Date.parse(textOf(v));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function atomLink(links: unknown[]): string | null {
  const objects = links.filter((l): l is Record<string, string> => typeof l === 'object' && l !== null);
  const alternate = objects.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? objects[0];
  return alternate?.['@href'] ?? (links.find((l) => typeof l === 'string') as string | undefined) ?? null;
}

/** The entries of a feed; throws when the document is not RSS or Atom. */
type Node = Record<string, unknown>;
const node = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : Array.isArray(v) ? node(v[0]) : {});

export function parseFeed(xml: string): FeedEntry[] {
  const doc = parser.parse(xml) as Node;
  const rss = node(doc.rss);
  const channel = node(rss.channel);
  const rdf = node(doc.RDF);
  const feed = node(doc.feed);
  const entries: FeedEntry[] = [];
  if (doc.rss !== undefined || doc.RDF !== undefined) {
    const items = (doc.rss !== undefined ? list(channel.item) : list(rdf.item)).map(node);
    for (const item of items) {
      const link = list(item.link).map(textOf).find((l) => l.trim()) ?? textOf(item.guid);
      entries.push({
        title: plainText(textOf(item.title)),
        link: link.trim() || null,
        publishedAt: instant(item.pubDate ?? item.date),
        summary: plainText(textOf(item.description ?? item.encoded)),
      });
    }
  } else if (doc.feed !== undefined) {
    for (const entry of list(feed.entry).map(node)) {
      entries.push({
        title: plainText(textOf(entry.title)),
        link: atomLink(list(entry.link)),
        publishedAt: instant(entry.published ?? entry.updated),
        summary: plainText(textOf(entry.summary ?? entry.content)),
      });
    }
  } else {
    throw new Error('不是 RSS 或 Atom 订阅源');
  }
  return entries.filter((e) => e.title);
}
