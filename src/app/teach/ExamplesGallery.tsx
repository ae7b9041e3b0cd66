/** The examples gallery: a card per book example with a picture of its canvas, what it teaches, and Open. */
import type { ExampleDef } from '../../core';
import { exampleTeaching } from '../../core/teach';
import { TeachDialog } from './TeachDialog';
import { Thumbnail } from './Thumbnail';

interface Props {
  readonly examples: readonly ExampleDef[];
  readonly onOpen: (name: string) => void;
  readonly onClose: () => void;
}

export function ExamplesGallery({ examples, onOpen, onClose }: Props) {
  return (
    <TeachDialog title="Examples" onClose={onClose} wide>
      <p className="teach-lead">
        The single-node patterns of Designing Distributed Systems, each as a working design. Opening one replaces the
        current design; Undo brings it back.
      </p>
      <ul className="gallery">
        {examples.map((ex) => {
          const headingId = `gallery-${ex.name}`;
          return (
            <li key={ex.name} className="gallery-card" aria-labelledby={headingId}>
              <Thumbnail design={ex.design} />
              <h3 id={headingId}>{ex.title}</h3>
              <p>{exampleTeaching(ex)}</p>
              <p className="gallery-source">{ex.source}</p>
              <button
                type="button"
                className="btn primary"
                aria-label={`Open ${ex.title}`}
                onClick={() => onOpen(ex.name)}
              >
                Open
              </button>
            </li>
          );
        })}
      </ul>
    </TeachDialog>
  );
}
