/**
 * Objects of kinds a design does not model, as a user brings them along with the workload they serve
 * (the sharded-redis example's `web`): an Ingress, a PersistentVolumeClaim, a HorizontalPodAutoscaler
 * and a NetworkPolicy, written the way Podsmith writes objects (key order, namespace after name).
 */
import { loadAll } from 'js-yaml';
import type { Design, KeptBody } from '../../src/core';

/** The four objects as YAML documents in the design's namespace `default`, each ending with one newline. */
export const KEPT_YAML: readonly string[] = [
  `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: default
  annotations:
    nginx.ingress.kubernetes.io/proxy-body-size: "8m"
spec:
  ingressClassName: nginx
  tls:
    - hosts:
        - shop.example.com
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 3000
`,
  `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: web-uploads
  namespace: default
  labels:
    app.kubernetes.io/name: web
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: "5Gi"
  storageClassName: standard
`,
  `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
  namespace: default
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-ingress-only
  namespace: default
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: web
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ingress-nginx
      ports:
        - protocol: TCP
          port: 3000
`,
];

/** The file names the bundle gives the four objects. */
export const KEPT_PATHS: readonly string[] = [
  'manifests/ingress-web.yaml',
  'manifests/persistentvolumeclaim-web-uploads.yaml',
  'manifests/horizontalpodautoscaler-web.yaml',
  'manifests/networkpolicy-web-ingress-only.yaml',
];

/** The four objects as a design keeps them: without the design's namespace. */
export function keptBodies(): KeptBody[] {
  return KEPT_YAML.flatMap((text) => loadAll(text) as KeptBody[]).map((o) => {
    const { namespace: _, ...metadata } = o.metadata;
    return { ...o, metadata };
  });
}

/** `design` with the four objects kept (ids k1-k4). */
export function withKept(design: Design): Design {
  return { ...design, extras: keptBodies().map((object, i) => ({ id: `k${i + 1}`, object })) };
}
