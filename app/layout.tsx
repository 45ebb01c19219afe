import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { siteUrl } from '@/lib/site';
import { SearchButton } from '@/components/search/search-button';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl('/')),
  title: { default: 'Stack Atlas', template: '%s · Stack Atlas' },
  description: 'Interactive, layered diagrams of how real companies’ data systems fit together, with every component and flow explained and cited.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
          Skip to content
        </a>
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav aria-label="Main" className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
            {/* prefetch={false}: the header is on every page; prefetching its five pages' payloads on load costs every
                reader bandwidth and main-thread time for pages most never open (static files load fast on click). */}
            <Link href="/" prefetch={false} className="flex items-center gap-2 whitespace-nowrap font-semibold">
              <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
                <rect width="32" height="32" rx="7" fill="#0369a1" />
                <g fill="#fff">
                  <rect x="5" y="7" width="7" height="5" rx="1.5" />
                  <rect x="5" y="20" width="7" height="5" rx="1.5" />
                  <rect x="20" y="13.5" width="7" height="5" rx="1.5" />
                </g>
              </svg>
              Stack Atlas
            </Link>
            {[
              ['/', 'Stacks'],
              ['/tech/', 'Technologies'],
              ['/concepts/', 'Concepts'],
              ['/compare/', 'Compare'],
              ['/docs/authoring/', 'Add a stack'],
            ].map(([href, label]) => (
              <Link key={href} href={href!} prefetch={false} className="text-sm text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white">
                {label}
              </Link>
            ))}
            <SearchButton />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-[1600px] px-6 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-[1600px] px-6 pb-10 pt-4 text-sm text-slate-600 dark:text-slate-400">
          Stack Atlas explains public engineering write-ups in its own words; every stack cites its sources.
        </footer>
      </body>
    </html>
  );
}
