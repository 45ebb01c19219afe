/**
 * What a built JS chunk holds, recognised by strings each library's own code keeps after
 * minification. One list for the benchmark's chunk table (scripts/bench/js.ts), the bundle test
 * (e2e/bundle.spec.ts: no build-only library in client code) and the e2e tests that hold back the
 * lazily loaded React Flow chunk to test the static canvas (e2e/canvas.ts).
 */
export interface Signature {
  library: string;
  /** Tested against the chunk's code, or its file name when `byName`. */
  pattern: RegExp;
  byName?: boolean;
  /** Not this library when the code also matches this (react-dom's chunk holds the jsx runtime's markers too). */
  unless?: RegExp;
}

/** Build-time-only libraries: any of them in a client chunk is a leak. */
export const BUILD_ONLY_SIGNATURES: readonly Signature[] = [
  { library: 'elkjs', pattern: /org\.eclipse\.elk|elk\.layered/ },
  { library: 'mdx-bundler', pattern: /bundleMDX|mdx-bundler/ },
  { library: 'esbuild', pattern: /esbuild/ },
  { library: 'zod', pattern: /ZodError/ },
];

/** React Flow's store option names survive minification; its `react-flow__` classes do not tell (the static canvas uses them too). */
export const REACT_FLOW_SIGNATURE: Signature = { library: '@xyflow/react', pattern: /elevateNodesOnSelect|onlyRenderVisibleElements/ };

/** The libraries a client chunk may hold, for the benchmark's chunk table. */
export const CLIENT_SIGNATURES: readonly Signature[] = [
  { library: 'turbopack runtime', pattern: /^turbopack-/, byName: true },
  { library: 'react-dom + scheduler', pattern: /__reactContainer|unstable_scheduleCallback/ },
  { library: 'react (jsx runtime)', pattern: /react\.fragment/, unless: /__reactContainer/ },
  { library: 'next app-router runtime', pattern: /next-router|NEXT_REDIRECT|AppRouterContext/ },
  { library: 'next/link', pattern: /useLinkStatus/ },
  { library: 'next error page', pattern: /errorThemeCss/ },
  REACT_FLOW_SIGNATURE,
  { library: 'd3-zoom/d3-drag', pattern: /__zoom/ },
  { library: 'Stack Atlas components', pattern: /data-hydrated|panel-heading|sa-node/ },
];

/** The libraries of `signatures` found in a chunk. */
export function librariesIn(code: string, name: string, signatures: readonly Signature[]): string[] {
  return signatures
    .filter(({ pattern, byName, unless }) => pattern.test(byName ? name : code) && !unless?.test(code))
    .map((signature) => signature.library);
}
