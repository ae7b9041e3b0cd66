/**
 * Every validation rule, with its stable id. Ids never change meaning; tests cite them.
 * Severity `error` blocks export: the output would be wrong. `warning` is advice.
 */
export const RULES = {
  PS001: { severity: 'error', title: 'Names are DNS-1123 labels' },
  PS002: { severity: 'error', title: 'Port names are IANA service names (at most 15 characters)' },
  PS003: { severity: 'error', title: 'Ports are between 1 and 65535' },
  PS004: { severity: 'error', title: 'Two containers of one pod listen on the same port' },
  PS005: { severity: 'error', title: "An app's localhost target has a container listening there" },
  PS006: { severity: 'error', title: 'A container that reads a file shares a volume with a writer' },
  PS007: { severity: 'error', title: 'A link points at something that exists' },
  PS008: { severity: 'error', title: 'Weights are at least 1' },
  PS009: { severity: 'error', title: 'A parameter is within its bounds' },
  PS010: { severity: 'error', title: 'A parameter has a value the generated file can hold' },
  PS011: { severity: 'warning', title: 'Images are pinned to a tag or digest' },
  PS012: { severity: 'warning', title: 'Containers request CPU and memory' },
  PS013: { severity: 'error', title: 'Names are unique where Kubernetes needs them to be' },
  PS014: { severity: 'error', title: 'Replicas are valid for the workload kind' },
  PS015: { severity: 'error', title: 'Labels are valid Kubernetes labels' },
  PS016: { severity: 'error', title: 'A container uses a template of its role' },
  PS017: { severity: 'warning', title: 'A pod has an app container' },
  PS018: { severity: 'error', title: 'Resource quantities are valid' },
  PS019: { severity: 'error', title: 'Images are valid image references' },
  PS022: { severity: 'error', title: 'Generated object names fit Kubernetes limits' },
  // PS100-PS129: nginx templates (https-terminator, request-splitter, tee, service-broker)
  // nginx-rules-begin
  PS100: { severity: 'error', title: 'HTTPS terminator: the TLS port differs from the legacy port' },
  PS101: { severity: 'warning', title: 'HTTPS terminator: each TLS protocol is listed once' },
  PS102: { severity: 'warning', title: 'Request splitting: upstream names are unique' },
  PS103: { severity: 'warning', title: 'Request splitting: each upstream address is listed once' },
  PS104: { severity: 'error', title: 'Service broker: the chosen environment is one of its environments' },
  PS105: { severity: 'error', title: 'Service broker: environment names are unique' },
  PS106: { severity: 'warning', title: 'Tee: the shadow is not the production backend' },
  PS107: { severity: 'error', title: 'An nginx ambassador does not proxy to its own port' },
  PS108: { severity: 'error', title: 'nginx can resolve upstream hosts when it starts' },
  // nginx-rules-end
  // PS130-PS139: twemproxy
  // twemproxy-rules-begin
  PS130: { severity: 'error', title: 'twemproxy servers have distinct nutcracker names' },
  PS131: { severity: 'warning', title: 'twemproxy servers point at distinct host:port addresses' },
  PS132: { severity: 'warning', title: 'twemproxy hash spreads similar keys over the shards' },
  PS133: { severity: 'warning', title: 'twemproxy sends each key to one server (not random distribution)' },
  PS134: { severity: 'error', title: 'twemproxy shard image speaks the backend protocol' },
  PS135: { severity: 'error', title: 'twemproxy shard objects have names of their own' },
  PS136: { severity: 'error', title: 'twemproxy stats port differs from its listen port' },
  PS137: { severity: 'error', title: 'twemproxy shard StatefulSet name fits Kubernetes limits' },
  PS138: { severity: 'error', title: 'twemproxy does not proxy to itself' },
  PS139: { severity: 'warning', title: 'twemproxy ejects hosts only with ketama, where few keys move' },
  // twemproxy-rules-end
  // PS140-PS149: fluentd templates
  // fluentd-rules-begin
  PS140: { severity: 'error', title: 'A fluentd forward output names its aggregator host' },
  PS141: { severity: 'warning', title: "A fluentd tag stays out of fluent.*, the tags of fluentd's own logs" },
  PS142: { severity: 'info', title: 'A fluentd adapter reads the app of its own pod' },
  // fluentd-rules-end
  // PS150-PS179: other sidecars, adapters and apps
  // PS150-PS179 entries (git-sync, topz, redis-exporter, log-to-stdout, mysql-health) begin
  PS150: { severity: 'warning', title: 'A git repository URL carries no credentials' },
  PS151: { severity: 'warning', title: 'An SSH git repository has a key Secret' },
  PS152: { severity: 'error', title: 'A shared directory is a clean absolute path that hides no system directory' },
  PS153: { severity: 'info', title: 'git-sync runs as a native sidecar so the app starts after the first sync' },
  PS154: { severity: 'error', title: 'A log path names a file inside a directory' },
  PS155: { severity: 'warning', title: "A metrics adapter watches its own pod's server" },
  PS156: { severity: 'warning', title: 'A health query only reads' },
  PS157: { severity: 'error', title: 'A read-only root filesystem has a writable volume where the program writes' },
  // PS150-PS179 entries end
  // PS160-PS169: objects kept for export (design.extras)
  // kept-rules-begin
  PS160: { severity: 'error', title: 'A kept object has a kind and name no other object of the bundle has' },
  PS161: { severity: 'warning', title: "A kept Secret's data is not written out in clear text" },
  PS162: { severity: 'warning', title: 'A kept object in another namespace is moved by kustomization.yaml' },
  // kept-rules-end
  // PS180-PS189: HAProxy ambassador
  // haproxy-rules-begin
  PS180: { severity: 'error', title: 'HAProxy upstream names are unique (HAProxy refuses two servers of one name)' },
  PS181: { severity: 'error', title: 'HAProxy stats port differs from its listen port' },
  PS182: { severity: 'error', title: 'HAProxy does not proxy to its own ports' },
  PS183: { severity: 'warning', title: 'HAProxy cookie stickiness is used in HTTP mode only' },
  PS184: { severity: 'warning', title: 'HAProxy lists each upstream address once' },
  PS185: { severity: 'warning', title: 'HAProxy listens on ports its unprivileged user can bind (1024 and up)' },
  // haproxy-rules-end
  // PS190-PS199: Varnish caching sidecar
  // varnish-rules-begin
  PS190: { severity: 'error', title: 'Varnish listens on a port other than its backend' },
  PS191: { severity: 'warning', title: 'A Varnish no-cache path does not cover every URL' },
  PS192: { severity: 'warning', title: 'Varnish lists each no-cache path once' },
  PS193: { severity: 'warning', title: "Varnish's cache fits in the container's memory limit" },
  // varnish-rules-end
  // PS200-PS209: mysqld-exporter
  // mysqld-exporter-rules-begin
  PS200: { severity: 'warning', title: "mysqld_exporter watches its own pod's MySQL" },
  PS201: { severity: 'warning', title: 'mysqld_exporter lists each collector once' },
  PS202: { severity: 'warning', title: 'mysqld_exporter reads slave_status only where SHOW SLAVE STATUS exists' },
  // mysqld-exporter-rules-end
  // PS210-PS229: user templates (catalog/user). PS210-PS219 are diagnostics of a design; PS220-PS229
  // are checked when a template file or a design is restored, which refuses the template with the message.
  // user-template-rules-begin
  PS210: { severity: 'error', title: 'A user template parameter value can be written into its config file' },
  PS220: { severity: 'error', title: 'A user template id is user.NAME and names no built-in template' },
  PS221: { severity: 'error', title: 'Placeholders name parameters of the template' },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the title shows the placeholder syntax
  PS222: { severity: 'error', title: 'Placeholders are written ${key}; $${ writes a literal ${' },
  PS223: { severity: 'error', title: 'A list or table parameter stands only where it can be written whole' },
  PS224: {
    severity: 'error',
    title: "A user template's texts are valid and its config files render with its defaults",
  },
  PS225: { severity: 'error', title: 'Parameter keys are unique identifiers, not prototype keys' },
  PS226: { severity: 'error', title: 'A template file stays within the size limits' },
  PS227: {
    severity: 'error',
    title: 'A template file has the podsmithTemplate marker of a version this Podsmith reads',
  },
  PS228: { severity: 'error', title: 'A user template port is a number or one int parameter placeholder' },
  PS229: { severity: 'error', title: "A parameter's default has its kind and lies within its bounds" },
  // user-template-rules-end
  // PS230-PS249: Kubernetes fields of containers and workloads (validate/kube.ts)
  // kube-rules-begin
  PS230: { severity: 'error', title: 'A probe has exactly one handler, and an exec probe a command' },
  PS231: {
    severity: 'error',
    title: "A probe's port is a number from 1 to 65535 or the name of one of the container's ports",
  },
  PS232: { severity: 'warning', title: "A probe's port number is one a container of the pod listens on" },
  PS233: { severity: 'error', title: "A probe's timing fields are whole numbers in Kubernetes' ranges" },
  PS234: { severity: 'error', title: 'A mount names a volume of its workload' },
  PS235: { severity: 'error', title: 'A mount path is absolute and a subPath relative, neither with a ".." segment' },
  PS236: { severity: 'error', title: 'No two mounts of a container share a path' },
  PS237: {
    severity: 'error',
    title:
      'No mount lies inside a file mount, a file inside a ConfigMap or Secret directory, or a mount inside a read-only one',
  },
  PS238: { severity: 'error', title: 'A config file has a unique ConfigMap key for a name and an absolute mount path' },
  PS239: { severity: 'error', title: "A container's ConfigMap fits Kubernetes' 1 MiB" },
  PS240: {
    severity: 'warning',
    title: 'A pod that sets a security context meets the restricted Pod Security Standard',
  },
  PS241: { severity: 'error', title: "A Service port's named targetPort is a port name of the pod" },
  PS242: { severity: 'warning', title: "A Service port's targetPort number is one a container of the pod listens on" },
  PS243: { severity: 'error', title: 'Service ports have valid, distinct numbers, names and node ports' },
  PS244: {
    severity: 'error',
    title: "A workload's volumes have unique DNS-1123 names of their own and exactly one source",
  },
  PS245: { severity: 'error', title: 'Env vars have valid names and one value source; envFrom one source' },
  PS246: { severity: 'warning', title: 'A container sets each env var once' },
  PS247: {
    severity: 'error',
    title: 'An image pull policy is Always, IfNotPresent or Never; a working directory is absolute',
  },
  PS248: {
    severity: 'error',
    title: 'Fields Podsmith writes itself are set through the design, and a kept selector selects the pod',
  },
  PS249: { severity: 'error', title: 'Init containers have unique DNS-1123 names and an image' },
  // kube-rules-end
} as const;

export type RuleId = keyof typeof RULES;
