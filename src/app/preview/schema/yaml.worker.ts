/**
 * monaco-yaml's language service, in a worker of its own that Vite bundles (imported with `?worker`
 * by `yaml-setup.ts`). Importing it from a file of the app, rather than naming the package's worker
 * directly, is the way monaco-yaml documents for Vite.
 */
import 'monaco-yaml/yaml.worker.js';
