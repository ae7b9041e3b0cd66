/** The Other fields section: every other pod field, the workload's spec fields, annotations, the Service's extras, as YAML. */
import {
  type JsonMap,
  OWNED_POD_FIELDS,
  OWNED_SERVICE_FIELDS,
  OWNED_SPEC_FIELDS,
  otherPodFields,
  readYamlField,
  setOtherPodFields,
  setPodAnnotations,
  setServiceAnnotations,
  setServiceSpecFields,
  setWorkloadAnnotations,
  setWorkloadSpecFields,
  type Workload,
} from '../../../core';
import { useEditorStore } from '../../store';
import { Collapsible } from '../Collapsible';
import { errorsUnder, type FieldErrors, fieldId } from '../errors';
import { YamlField } from './inputs';

type Strings = Readonly<Record<string, string>>;

export function OtherSection({ workload, errors }: { workload: Workload; errors: FieldErrors }) {
  const edit = useEditorStore().getState().edit;
  const id = workload.id;
  const other = otherPodFields(workload);
  const pod = workload.kind === 'Pod';
  const podOtherErrors = [...errors]
    .filter(([f]) => f.startsWith('pod.') && Object.hasOwn(other, f.slice(4).split(/[.[]/)[0] ?? ''))
    .flatMap(([, l]) => l);
  return (
    <Collapsible
      id={id}
      name="other"
      title="Other fields"
      paths={['spec', 'annotations', 'podAnnotations', 'service.spec', 'service.annotations']}
    >
      <div className="doc">
        Any other Kubernetes field, as YAML, written as it is. Applied when the field loses focus (or Ctrl+Enter).
      </div>
      <YamlField
        id={fieldId(id, 'pod.other')}
        field="pod.other"
        label="Other pod fields"
        doc="hostNetwork, dnsPolicy, runtimeClassName, ...; shareProcessNamespace: null removes what a template asks for."
        errors={podOtherErrors}
        value={Object.keys(other).length ? other : undefined}
        placeholder={'# for example\ndnsPolicy: ClusterFirst\nenableServiceLinks: false'}
        read={(t) => readYamlField(t, 'object', OWNED_POD_FIELDS)}
        onApply={(v) => edit((d) => setOtherPodFields(d, id, v as JsonMap | undefined))}
      />
      {!pod && (
        <YamlField
          id={fieldId(id, 'spec')}
          field="spec"
          label={`Other ${workload.kind} spec fields`}
          doc={
            workload.kind === 'StatefulSet'
              ? 'podManagementPolicy, updateStrategy, volumeClaimTemplates, ...'
              : 'strategy, minReadySeconds, revisionHistoryLimit, progressDeadlineSeconds, ...'
          }
          errors={errorsUnder(errors, 'spec')}
          value={workload.spec}
          placeholder={'# for example\nstrategy:\n  type: RollingUpdate\nminReadySeconds: 5'}
          read={(t) => readYamlField(t, 'object', OWNED_SPEC_FIELDS)}
          onApply={(v) => edit((d) => setWorkloadSpecFields(d, id, v as JsonMap | undefined))}
        />
      )}
      <YamlField
        id={fieldId(id, 'annotations')}
        field="annotations"
        label={`${workload.kind} annotations`}
        doc={`On the ${workload.kind} object itself.`}
        errors={errorsUnder(errors, 'annotations')}
        value={workload.annotations}
        rows={2}
        placeholder={'# for example\nteam: shop'}
        read={(t) => readYamlField(t, 'strings')}
        onApply={(v) => edit((d) => setWorkloadAnnotations(d, id, v as Strings | undefined))}
      />
      {!pod && (
        <YamlField
          id={fieldId(id, 'podAnnotations')}
          field="podAnnotations"
          label="Pod annotations"
          doc="On every pod, beside the config hash Podsmith writes."
          errors={errorsUnder(errors, 'podAnnotations')}
          value={workload.podAnnotations}
          rows={2}
          placeholder={'# for example\nprometheus.io/scrape: "true"'}
          read={(t) => readYamlField(t, 'strings')}
          onApply={(v) => edit((d) => setPodAnnotations(d, id, v as Strings | undefined))}
        />
      )}
      <YamlField
        id={fieldId(id, 'service.annotations')}
        field="service.annotations"
        label="Service annotations"
        doc="On the Service (a cloud load balancer reads its settings here)."
        errors={errorsUnder(errors, 'service.annotations')}
        value={workload.service?.annotations}
        rows={2}
        read={(t) => readYamlField(t, 'strings')}
        onApply={(v) => edit((d) => setServiceAnnotations(d, id, v as Strings | undefined))}
      />
      <YamlField
        id={fieldId(id, 'service.spec')}
        field="service.spec"
        label="Other Service spec fields"
        doc="sessionAffinity, externalTrafficPolicy, loadBalancerSourceRanges, ..."
        errors={errorsUnder(errors, 'service.spec')}
        value={workload.service?.spec}
        rows={2}
        placeholder={'# for example\nsessionAffinity: ClientIP'}
        read={(t) => readYamlField(t, 'object', OWNED_SERVICE_FIELDS)}
        onApply={(v) => edit((d) => setServiceSpecFields(d, id, v as JsonMap | undefined))}
      />
    </Collapsible>
  );
}
