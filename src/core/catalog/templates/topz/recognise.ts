/** topz read back from its --addr flag. */
import type { Params } from '../../../model/design';
import type { Recogniser } from '../../../read/recognise';
import { flag, imageName, portOf } from '../../../read/words';

export const recogniseTopz: Recogniser = (input) => {
  const { container } = input;
  if (imageName(container.image) !== 'topz') return undefined;
  const addr = flag([...container.command, ...container.args], ['--addr', '--address']);
  const port = addr === undefined ? undefined : portOf(addr);
  const params: Params = port === undefined ? {} : { port };
  return { template: 'topz', params };
};
