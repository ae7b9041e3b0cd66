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

/** A template of every file language and parameter kind, for fuzzing and round trips. */
export const EVERY_KIND: UserTemplate = {
  id: 'user.every-kind',
  role: 'ambassador',
  title: 'Every kind',
  summary: 'One parameter of each kind, placed in each file language.',
  teaching: '',
  image: 'nginx:1.27.3',
  defaultName: 'every',
  version: '0.1.0',
  params: [
    { key: 'host', kind: 'string', title: 'Host', doc: 'Backend host.', default: 'backend', format: 'host' },
    { key: 'port', kind: 'int', title: 'Port', doc: 'Listen port.', default: 8080, min: 1, max: 65535 },
    { key: 'gzip', kind: 'bool', title: 'Gzip', doc: 'Compress responses.', default: true },
    {
      key: 'level',
      kind: 'enum',
      title: 'Level',
      doc: 'Log level.',
      default: 'info',
      options: ['debug', 'info', 'warn'],
    },
    { key: 'names', kind: 'list', title: 'Names', doc: 'Server names.', default: ['a.example', 'b.example'] },
    {
      key: 'backends',
      kind: 'table',
      title: 'Backends',
      doc: 'Upstream servers.',
      rowName: 'backend',
      default: [{ host: 'web-0', weight: 1 }],
      columns: [
        { key: 'host', title: 'Host', kind: 'string', format: 'host' },
        { key: 'weight', title: 'Weight', kind: 'int', min: 1, max: 100 },
      ],
    },
  ],
  command: ['nginx', '-g', 'daemon off;'],
  args: ['${names}'],
  env: [{ name: 'LEVEL', value: '${level}' }],
  ports: [{ name: 'http', port: '${port}', localhostOnly: false }],
  files: [
    {
      name: 'proxy.conf',
      mountPath: '/etc/nginx/conf.d/proxy.conf',
      language: 'nginx',
      text: 'server {\n  listen ${port};\n  server_name ${names};\n  gzip ${gzip};\n  location / { proxy_pass http://${host}:80; }\n}\n',
    },
    {
      name: 'every.yaml',
      mountPath: '/etc/every/every.yaml',
      language: 'yaml',
      text: 'backends: ${backends}\nlevel: ${level}\n',
    },
    {
      name: 'fluent.conf',
      mountPath: '/fluentd/etc/fluent.conf',
      language: 'fluentd',
      text: '<match ${level}.**>\n  @type stdout\n  tag ${host}\n</match>\n',
    },
    {
      name: 'notes.txt',
      mountPath: '/etc/every/notes.txt',
      language: 'text',
      text: 'host=${host} $${not_a_placeholder}\n',
    },
  ],
};
