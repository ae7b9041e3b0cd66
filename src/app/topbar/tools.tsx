/**
 * The top bar's right-hand tools: Present, Export picture, Import, Share, Export. Their dialogs and
 * the code behind them (picture export, YAML import, share links, zip) are not needed for the first
 * frame, so this module is loaded after it.
 */
import { ExportControl } from '../export/ExportControl';
import { ImportControl } from '../import/ImportControl';
import { ShareControl } from '../share/ShareControl';
import { WorkshopPictures } from '../shell/WorkshopPictures';

export default function TopBarTools() {
  return (
    <>
      <WorkshopPictures />
      <ImportControl />
      <ShareControl />
      <ExportControl />
    </>
  );
}
