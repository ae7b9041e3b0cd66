/**
 * Presentation mode: the canvas fills the screen with larger type and the panels out of sight;
 * with a lesson open, the arrow keys step through it (→ shows the next step, ← goes back one).
 * Outside presentation the wrapper is layout-neutral (`display: contents`), so the canvas inside it
 * is never remounted. The caption and its keys (with the lessons' code) are fetched when
 * presentation starts.
 */
import { lazy, type ReactNode, Suspense } from 'react';
import type { CaptionProps } from './PresentationCaption';
import './teach.css';

const PresentationCaption = lazy(() => import('./PresentationCaption'));

interface Props extends CaptionProps {
  readonly active: boolean;
  readonly children: ReactNode;
}

export function PresentationMode({ active, children, ...caption }: Props) {
  return (
    <div className={active ? 'presentation presenting' : 'presentation'}>
      {children}
      {active && (
        <Suspense fallback={null}>
          <PresentationCaption {...caption} />
        </Suspense>
      )}
    </div>
  );
}
