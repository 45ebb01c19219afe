'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * Shows the diagram with its panel on the whole screen (the Fullscreen API; Esc or the button
 * leaves). Rendered only where the browser offers the API, so the button never does nothing.
 */
export function FullscreenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const [supported, setSupported] = useState(false);
  const [on, setOn] = useState(false);
  useEffect(() => {
    setSupported(document.fullscreenEnabled === true);
    const onChange = () => setOn(document.fullscreenElement !== null && document.fullscreenElement === target.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [target]);
  if (!supported) return null;

  const toggle = () => {
    if (on) void document.exitFullscreen();
    else void target.current?.requestFullscreen().catch(() => setOn(false));
  };
  return (
    <button type="button" className="sa-button" aria-pressed={on} onClick={toggle} data-testid="fullscreen">
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" className="mr-1.5 inline-block align-[-2px]">
        <path
          d={on ? 'M6 2v4H2M10 2v4h4M6 14v-4H2M10 14v-4h4' : 'M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4'}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {on ? 'Exit full screen' : 'Full screen'}
    </button>
  );
}
