/** Shown while the design came from a share link: it is not saved until the user keeps it. */
import { useStore } from 'zustand';
import '../export/roundtrip.css';
import { sharedSession } from './session';

export function SharedBar() {
  const { active, keep, back } = useStore(sharedSession);
  if (!active) return null;
  return (
    <section className="shared-bar" aria-label="Shared design">
      <p>This design was opened from a link and is not saved. Your own design is kept.</p>
      <button type="button" className="btn primary small" onClick={keep}>
        Keep this design
      </button>
      <button type="button" className="btn small" onClick={back}>
        Back to my design
      </button>
    </section>
  );
}
