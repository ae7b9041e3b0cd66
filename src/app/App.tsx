/** The designer's layout: top bar, palette, canvas, inspector, and the preview and problems panel. */
import { Canvas } from './canvas';
import { Inspector } from './inspector';
import { Palette } from './palette';
import { Problems } from './problems';
import { BottomPreview } from './shell/BottomPreview';
import { NoticeBar } from './shell/NoticeBar';
import { useShortcuts } from './shell/useShortcuts';
import { TopBar } from './topbar';

export function App() {
  useShortcuts();
  return (
    <div className="app">
      <a className="skip-link" href="#inspector">
        Skip to inspector
      </a>
      <TopBar />
      <Palette />
      <Canvas />
      <Inspector />
      <div className="app-bottom">
        <BottomPreview />
        <Problems />
      </div>
      <NoticeBar />
    </div>
  );
}
