/**
 * Edits that read a container's template: adding a container made from a template, and the
 * parameter values with the template's defaults filled in (list and table edits start from them).
 * Apart from `ops.ts`, which needs only the document, so that the designer's first frame can edit
 * without the catalog's code.
 */
import { resolveParams } from '../catalog';
import { templateFor } from '../catalog/lookup';
import type { Container, Design, Params, ParamValue, Point, Role, Row } from '../model/design';
import { freePlace, mapContainer, mapWorkload, nextId, uniqueName, withContainers } from './ops';
import { DEFAULT_RESOURCES } from './sketch';

/**
 * Adds a container made from a catalog template to a workload: id `nextId(design, 'c')`, the
 * template's default name made unique in the workload, its pinned image, default parameters and
 * default requests. `at` is relative to the workload; when it is missing, or another container
 * already sits there, the container goes to the next free slot.
 * Unknown templates or workloads leave the design as it is.
 */
export function addContainer(
  design: Design,
  workloadId: string,
  templateId: string,
  at?: Point,
  /** The role of a container whose template may take any (a custom sidecar, ambassador or adapter). */
  role?: Role,
): Design {
  const template = templateFor(design, templateId);
  const workload = design.workloads.find((w) => w.id === workloadId);
  if (!template || !workload) return design;
  const custom = role !== undefined && role !== template.role && template.anyRole === true;
  const container: Container = {
    id: nextId(design, 'c'),
    name: uniqueName(
      workload.containers.map((c) => c.name),
      custom ? role : template.defaultName,
    ),
    role: custom ? role : template.role,
    template: template.id,
    image: template.image,
    // A custom helper starts with no port of its own: the app beside it most likely has the template's.
    params: custom && 'ports' in template.params ? { ports: [] } : {},
    resources: DEFAULT_RESOURCES,
    layout: freePlace(workload, at),
  };
  return mapWorkload(design, workloadId, (w) => withContainers(w, [...w.containers, container]));
}

/** The current value of a parameter: the container's own, or the template's default. */
export function paramValue(
  container: Container,
  key: string,
  design?: Pick<Design, 'templates'>,
): ParamValue | undefined {
  const template = templateFor(design ?? { templates: [] }, container.template);
  if (!template) return container.params[key];
  return resolveParams(template, container.params)[key];
}

function tableOf(container: Container, key: string, design: Design): readonly Row[] {
  const value = paramValue(container, key, design);
  return Array.isArray(value) ? (value as readonly Row[]) : [];
}

function listOf(container: Container, key: string, design: Design): readonly string[] {
  const value = paramValue(container, key, design);
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

function paramsWith(params: Params, key: string, value: ParamValue): Params {
  return { ...params, [key]: value };
}

/** Sets one cell of a table parameter (`servers[row].column`). */
export function setTableCell(
  design: Design,
  containerId: string,
  key: string,
  row: number,
  column: string,
  value: string | number | boolean,
): Design {
  return mapContainer(design, containerId, (c) => {
    const rows = tableOf(c, key, design);
    const current = rows[row];
    if (!current || current[column] === value) return c;
    const next = rows.map((r, i) => (i === row ? { ...r, [column]: value } : r));
    return { ...c, params: paramsWith(c.params, key, next) };
  });
}

/** A row for a table parameter: each column's zero value, or the template's last default row. */
function blankRow(container: Container, key: string, design: Design): Row {
  const spec = templateFor(design, container.template)?.params[key];
  if (spec?.kind !== 'table') return {};
  const row: Record<string, string | number | boolean> = {};
  for (const col of spec.columns) {
    if (col.kind === 'int') row[col.key] = col.min;
    else if (col.kind === 'bool') row[col.key] = false;
    else if (col.kind === 'enum') row[col.key] = col.options[0] ?? '';
    else row[col.key] = '';
  }
  return row;
}

/** Appends a row to a table parameter (`row` or a blank one). */
export function addTableRow(design: Design, containerId: string, key: string, row?: Row): Design {
  return mapContainer(design, containerId, (c) => ({
    ...c,
    params: paramsWith(c.params, key, [...tableOf(c, key, design), row ?? blankRow(c, key, design)]),
  }));
}

export function removeTableRow(design: Design, containerId: string, key: string, index: number): Design {
  return mapContainer(design, containerId, (c) => {
    const rows = tableOf(c, key, design);
    if (index < 0 || index >= rows.length) return c;
    return {
      ...c,
      params: paramsWith(
        c.params,
        key,
        rows.filter((_, i) => i !== index),
      ),
    };
  });
}

export function setListItem(design: Design, containerId: string, key: string, index: number, value: string): Design {
  return mapContainer(design, containerId, (c) => {
    const items = listOf(c, key, design);
    if (index < 0 || index >= items.length || items[index] === value) return c;
    return {
      ...c,
      params: paramsWith(
        c.params,
        key,
        items.map((x, i) => (i === index ? value : x)),
      ),
    };
  });
}

export function addListItem(design: Design, containerId: string, key: string, value = ''): Design {
  return mapContainer(design, containerId, (c) => ({
    ...c,
    params: paramsWith(c.params, key, [...listOf(c, key, design), value]),
  }));
}

export function removeListItem(design: Design, containerId: string, key: string, index: number): Design {
  return mapContainer(design, containerId, (c) => {
    const items = listOf(c, key, design);
    if (index < 0 || index >= items.length) return c;
    return {
      ...c,
      params: paramsWith(
        c.params,
        key,
        items.filter((_, i) => i !== index),
      ),
    };
  });
}
