// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${key} placeholders are what these texts hold
/** A user template for tests: an HTTP echo server with a YAML config, an env var and two parameters. */
import type { UserTemplate } from '../../../model/user-template';

export const ECHO: UserTemplate = {
  id: 'user.echo-server',
  role: 'app',
  title: 'Echo server',
  summary: 'Answers every HTTP request with its own headers.',
  teaching: 'An app container made from a user template.',
  image: 'hashicorp/http-echo:1.0.0',
  defaultName: 'echo',
  version: '1.2.0',
  params: [
    { key: 'greeting', kind: 'string', title: 'Greeting', doc: 'Text the server answers with.', default: 'hello' },
    {
      key: 'port',
      kind: 'int',
      title: 'Port',
      doc: 'Port the server listens on.',
      default: 5678,
      min: 1024,
      max: 65535,
    },
  ],
  command: [],
  args: ['-listen=:${port}', '-text=${greeting}'],
  env: [{ name: 'ECHO_TEXT', value: '${greeting}' }],
  ports: [{ name: 'http', port: '${port}', localhostOnly: false }],
  files: [
    {
      name: 'echo.yaml',
      mountPath: '/etc/echo/echo.yaml',
      language: 'yaml',
      text: 'greeting: ${greeting}\nlisten: ":${port}"\nport: ${port}\n',
    },
  ],
};
