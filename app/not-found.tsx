import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-300">404</p>
      <h1 className="mt-2 text-3xl font-bold">This page is not on the map</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">The address may be mistyped, or the stack may have moved.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
        See all stacks
      </Link>
    </div>
  );
}
