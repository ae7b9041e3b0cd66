/** Inspector for a container: name, image, template parameters, resources, API surface. */
import { useMemo } from 'react';
import {
  builtWorkload,
  type Container,
  type Contribution,
  type Design,
  paramEntries,
  templateFor,
  type Workload,
} from '../../core';
import { removeContainer, renameContainer, setContainerImage, setResource } from '../../core/edit/ops';
import { draftFromContainer } from '../../core/edit/template-draft';
import { diagnosticsOf } from '../derive';
import { RoleIcon } from '../icons';
import { ExploreButton } from '../shell/Workshop';
import { useEditor, useEditorStore } from '../store';
import { ApiSurface } from './ApiSurface';
import { KubeSections } from './container';
import { byField, errorsFor, fieldId } from './errors';
import { TextField } from './fields';
import { ParamField } from './ParamField';
import { ElementProblems, InspectorHead } from './parts';

const NO_CONTRIBUTION: Contribution = { ports: [] };

/** The container as the core's analysis built it (no build of its own), or why it could not be built. */
function surfaceOf(design: Design, workload: Workload, container: Container) {
  const built = builtWorkload(design, workload).containers.find((b) => b.container === container);
  if (!built) return { built, c: NO_CONTRIBUTION, error: `unknown template ${container.template}` };
  return { built, c: built.contribution, error: built.buildError };
}

const RESOURCE_FIELDS = [
  ['requests', 'cpu', 'CPU request', '50m'],
  ['requests', 'memory', 'Memory request', '64Mi'],
  ['limits', 'cpu', 'CPU limit', '500m'],
  ['limits', 'memory', 'Memory limit', '256Mi'],
] as const;

export function ContainerInspector({ workload, container }: { workload: Workload; container: Container }) {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const diagnostics = diagnosticsOf(design);
  const errors = useMemo(() => byField(diagnostics, container.id), [diagnostics, container.id]);
  const template = templateFor(design, container.template);
  const entries = template ? paramEntries(template, container.params) : [];
  const surface = surfaceOf(design, workload, container);
  const id = container.id;
  const edit = store.getState().edit;

  return (
    <>
      <InspectorHead
        title={container.name}
        sub={`${container.role} · ${template?.title ?? container.template} · in ${workload.name}`}
        icon={<RoleIcon role={container.role} />}
        className={`role-${container.role}`}
        onRemove={() => edit((d) => removeContainer(d, id))}
        removeLabel="Remove container"
      />
      <div className="inspector-body">
        <ElementProblems diagnostics={errorsFor(errors, '')} />
        {template?.teaching && (
          <details className="teaching">
            <summary>About this pattern</summary>
            {template.teaching.split('\n\n').map((p) => (
              <p key={p.slice(0, 40)}>{p}</p>
            ))}
          </details>
        )}
        <ExploreButton workload={workload} container={container} />
        <button
          type="button"
          className="btn small save-template"
          aria-haspopup="dialog"
          onClick={() => {
            const state = store.getState();
            const draft = draftFromContainer(state.design, id);
            if (draft) state.openTemplateEditor(draft, !state.design.templates.some((t) => t.id === draft.id));
          }}
        >
          {container.template.startsWith('user.') ? 'Edit template' : 'Save as template'}
        </button>
        <section className="section" aria-labelledby={`${id}-container-h`}>
          <h3 id={`${id}-container-h`}>Container</h3>
          <TextField
            id={fieldId(id, 'name')}
            field="name"
            label="Name"
            doc="A DNS label, unique in its pod."
            errors={errorsFor(errors, 'name')}
            value={container.name}
            onChange={(v) => edit((d) => renameContainer(d, id, v), `${id}:name`)}
          />
          <TextField
            id={fieldId(id, 'image')}
            field="image"
            label="Image"
            doc="Pin a tag or digest so every pod runs the same build."
            errors={errorsFor(errors, 'image')}
            value={container.image}
            mono
            onChange={(v) => edit((d) => setContainerImage(d, id, v), `${id}:image`)}
          />
        </section>
        {entries.length > 0 && (
          <section className="section" aria-labelledby={`${id}-params-h`}>
            <h3 id={`${id}-params-h`}>Parameters</h3>
            {entries.map((entry) => (
              <ParamField key={entry.key} containerId={id} entry={entry} errors={errors} />
            ))}
          </section>
        )}
        <section className="section" aria-labelledby={`${id}-res-h`}>
          <h3 id={`${id}-res-h`}>Resources</h3>
          <ElementProblems diagnostics={errorsFor(errors, 'resources')} />
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 10px' }}>
            {RESOURCE_FIELDS.map(([list, key, label, placeholder]) => (
              <TextField
                key={`${list}.${key}`}
                id={fieldId(id, `resources.${list}.${key}`)}
                field={`resources.${list}.${key}`}
                label={label}
                errors={errorsFor(errors, `resources.${list}.${key}`)}
                value={container.resources[list]?.[key] ?? ''}
                placeholder={placeholder}
                mono
                onChange={(v) => edit((d) => setResource(d, id, list, key, v), `${id}:resources.${list}.${key}`)}
              />
            ))}
          </div>
        </section>
        <KubeSections design={design} workload={workload} container={container} errors={errors} edit={edit} />
        <ApiSurface contribution={surface.c} buildError={surface.error} />
      </div>
    </>
  );
}
