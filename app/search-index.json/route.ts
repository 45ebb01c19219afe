/**
 * `/search-index.json`: the search palette's index, written into the static export at build time
 * and fetched by the palette the first time it opens (never on page load).
 */
import { getAllConcepts, getAllStacks, getTechnologies } from '@/lib/content';
import { buildSearchIndex } from '@/lib/search';

export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const [stacks, technologies, concepts] = await Promise.all([getAllStacks(), getTechnologies(), getAllConcepts()]);
  return new Response(buildSearchIndex({ stacks, technologies, concepts }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
