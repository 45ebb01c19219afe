import { ImageResponse } from 'next/og';
import { getAllStacks, getStack } from '@/lib/content';

/** A share image per stack, drawn at build time from the laid-out first view. */
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'A layered diagram of the stack';

export async function generateStaticParams() {
  return (await getAllStacks()).map((stack) => ({ slug: stack.meta.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const stack = (await getStack((await params).slug))!;
  const view = stack.views[0]!;
  const area = { x: 60, y: 200, width: 1080, height: 390 };
  const scale = Math.min(area.width / view.width, area.height / view.height);
  const left = area.x + (area.width - view.width * scale) / 2;
  /** A laid-out box, scaled into the image. */
  const place = (box: { x: number; y: number; width: number; height: number }) =>
    ({ position: 'absolute', left: left + box.x * scale, top: area.y + box.y * scale, width: box.width * scale, height: box.height * scale }) as const;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#0f172a', color: '#f1f5f9', padding: 60, position: 'relative' }}>
        <div style={{ fontSize: 28, color: '#7dd3fc' }}>{`Stack Atlas · ${stack.meta.company}`}</div>
        <div style={{ fontSize: 56, fontWeight: 700, marginTop: 8 }}>{stack.meta.title}</div>
        {view.bands.map((band) => (
          <div
            key={band.id}
            style={{
              ...place(band),
              background: '#1e293b',
              borderRadius: 10,
            }}
          />
        ))}
        {view.nodes.map((node) => (
          <div
            key={node.id}
            style={{
              ...place(node),
              background: '#0f172a',
              border: '2px solid #7dd3fc',
              borderRadius: 8,
            }}
          />
        ))}
      </div>
    ),
    size,
  );
}
