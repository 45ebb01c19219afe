import type { MetadataRoute } from 'next';
import { getAllConcepts, getAllStacks, getTechnologies } from '@/lib/content';
import { techStackCounts } from '@/lib/graph/atlas';
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
    ...stacks.map((stack) => `/stacks/${stack.meta.slug}/`),
    ...technologies.filter((tech) => counts.has(tech.id)).map((tech) => `/tech/${tech.id}/`),
    ...concepts.map((concept) => `/concepts/${concept.meta.id}/`),
  ];
  return paths.map((path) => ({ url: siteUrl(path) }));
}
