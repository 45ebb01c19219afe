import type { MetadataRoute } from 'next';
import { getAllConcepts, getAllStacks, getTechnologies } from '@/lib/content';
import { techStackCounts } from '@/lib/graph/atlas';
import { comparePairs } from '@/lib/graph/compare';
import { compareHref } from '@/lib/model/links';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [stacks, concepts, technologies] = await Promise.all([getAllStacks(), getAllConcepts(), getTechnologies()]);
  const counts = techStackCounts(stacks);
  const paths = [
    '/',
    '/tech/',
    '/concepts/',
    '/docs/authoring/',
    '/compare/',
    ...stacks.map((stack) => `/stacks/${stack.meta.slug}/`),
    ...technologies.filter((tech) => counts.has(tech.id)).map((tech) => `/tech/${tech.id}/`),
    ...concepts.map((concept) => `/concepts/${concept.meta.id}/`),
    ...comparePairs(stacks.map((stack) => stack.meta.slug)).map(({ a, b }) => compareHref(a, b)),
  ];
  return paths.map((path) => ({ url: siteUrl(path) }));
}
