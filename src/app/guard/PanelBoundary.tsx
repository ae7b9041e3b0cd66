/**
 * An error boundary for one panel (canvas, inspector, preview, problems): a render error there shows
 * a short message with `Try again` and `Download design`, and the other panels keep working.
 */
import { Component, type ReactNode } from 'react';
import type { Design } from '../../core';
import { downloadDesign } from '../export/download';

export interface PanelBoundaryProps {
  /** The panel's name as users know it, e.g. `Inspector`. */
  readonly panel: string;
  /** The design to download when the panel fails. */
  readonly design: () => Design;
  readonly children: ReactNode;
}

interface State {
  readonly error: string | null;
}

/**
 * Throws while rendering when the page was opened with `?crash=PANEL` (e.g. `?crash=inspector`), so a
 * journey can prove that the boundary holds; it affects only that panel and only that page load.
 */
function CrashOnRequest({ panel }: { readonly panel: string }): null {
  if (new URLSearchParams(window.location.search).get('crash') === panel.toLowerCase())
    throw new Error(`${panel} crashed on request`);
  return null;
}

/** Catches render errors of its children and keeps the rest of the app usable. */
export class PanelBoundary extends Component<PanelBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    if (this.state.error === null)
      return (
        <>
          <CrashOnRequest panel={this.props.panel} />
          {this.props.children}
        </>
      );
    return (
      <div role="alert" className="panel-error">
        <p>
          The {this.props.panel} panel stopped working ({this.state.error}). The rest of Podsmith still works, and your
          design is safe.
        </p>
        <button
          type="button"
          onClick={() => {
            const design = this.props.design();
            downloadDesign(design, `${design.name || 'design'}.json`);
          }}
        >
          Download design
        </button>{' '}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
