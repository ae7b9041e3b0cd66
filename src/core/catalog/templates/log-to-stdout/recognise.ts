/** The log tailer read back from its command: `tail -F FILE` on a directory shared with the app. */
import { mountsOf } from '../../../read/pod';
import type { Recogniser } from '../../../read/recognise';
import { baseName } from '../../../read/words';

/** `tail … FILE`, directly or as `sh -c "tail … FILE"`: the file, when the command is only that. */
function tailedFile(words: readonly string[]): string | undefined {
  let line = words;
  if (line.length === 3 && /^(ba)?sh$/.test(baseName(line[0] ?? '')) && line[1] === '-c')
    line = (line[2] ?? '').trim().split(/\s+/);
  if (baseName(line[0] ?? '') !== 'tail') return undefined;
  const file = line.at(-1) ?? '';
  const follows = line.some((w) => /^-[a-zA-Z]*[fF]/.test(w) || w === '--follow=name' || w === '--follow');
  return follows && file.startsWith('/') ? file : undefined;
}

export const recogniseLogTailer: Recogniser = (input) => {
  const { container, pod } = input;
  const file = tailedFile([...container.command, ...container.args]);
  if (!file) return undefined;
  const mount = mountsOf(container).find(
    (m) => file.startsWith(`${m.mountPath.replace(/\/+$/, '')}/`) && pod.volumes.get(m.volume)?.emptyDir !== undefined,
  );
  if (!mount) return undefined;
  return { template: 'log-to-stdout', params: { logPath: file }, volumes: [mount.volume] };
};
