/**
 * Monaco as the preview uses it: the editor core, find and folding, the workers (bundled by Vite,
 * never fetched from elsewhere), the languages of the bundle and the YAML language service
 * (`schema/`). Imported only by the lazily
 * loaded view, so none of it is in the first JavaScript chunk.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
// The suggest widget itself (Ctrl+Space, completion as one types): the feature above registers
// inline completions only; the full editor entry imports the controller, and so must we.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/markdown/register';
import 'monaco-editor/languages/definitions/yaml/register';
import { registerExplainHover } from '../teach/explainHover';
import { registerConfigCompletion } from './completion/config-completion';
import { fluentdConfiguration, fluentdLanguage } from './languages/fluentd';
import { haproxyConfiguration, haproxyLanguage } from './languages/haproxy';
import { jsonConfiguration, jsonLanguage } from './languages/json';
import { nginxConfiguration, nginxLanguage } from './languages/nginx';
import { vclConfiguration, vclLanguage } from './languages/vcl';
import YamlWorker from './schema/yaml.worker?worker';
import { registerYamlLanguage } from './schema/yaml-setup';

self.MonacoEnvironment = {
  getWorker: (_moduleId: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

function registerMonarch(
  id: string,
  language: monaco.languages.IMonarchLanguage,
  configuration: monaco.languages.LanguageConfiguration,
): void {
  if (!monaco.languages.getLanguages().some((known) => known.id === id)) monaco.languages.register({ id });
  monaco.languages.setMonarchTokensProvider(id, language);
  monaco.languages.setLanguageConfiguration(id, configuration);
}

registerMonarch('nginx', nginxLanguage, nginxConfiguration);
registerMonarch('fluentd', fluentdLanguage, fluentdConfiguration);
registerMonarch('json', jsonLanguage, jsonConfiguration);
registerMonarch('haproxy', haproxyLanguage, haproxyConfiguration);
registerMonarch('vcl', vclLanguage, vclConfiguration);
registerExplainHover(monaco);
registerYamlLanguage(monaco);
registerConfigCompletion(monaco);

export { monaco };
