/**
 * The top bar's tools around Import: Present and Export picture before it, Share and Export after.
 * Their dialogs and the code behind them (picture export, share links, zip) are not needed for the
 * first frame, so this module is loaded after it. Import itself is in the start-up code: it also
 * takes files dropped on the canvas, which must work from the first frame.
 */
import { ExportControl } from '../export/ExportControl';
import { ShareControl } from '../share/ShareControl';
import { WorkshopPictures } from '../shell/WorkshopPictures';

export function ToolsBeforeImport() {
  return <WorkshopPictures />;
}

export function ToolsAfterImport() {
  return (
    <>
      <ShareControl />
      <ExportControl />
    </>
  );
}
