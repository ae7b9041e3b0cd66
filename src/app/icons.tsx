/** Small inline icons. Decorative: each is aria-hidden, the text beside it names the thing. */
import type { ExternalKind, Role, Severity } from '../core';

const svg = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none' } as const;

/** One glyph per role: a box (app), a box with a side car, arrows out (ambassador), a plug (adapter). */
export function RoleIcon({ role }: { role: Role }) {
  const stroke = { stroke: 'currentColor', strokeWidth: 1.6, strokeLinejoin: 'round', strokeLinecap: 'round' } as const;
  switch (role) {
    case 'app':
      return (
        <svg aria-hidden="true" {...svg} className="role-icon">
          <rect x="2.5" y="2.5" width="11" height="11" rx="2" {...stroke} />
          <path d="M5.5 6.5h5M5.5 9.5h3" {...stroke} />
        </svg>
      );
    case 'sidecar':
      return (
        <svg aria-hidden="true" {...svg} className="role-icon">
          <rect x="1.5" y="3.5" width="8" height="9" rx="1.5" {...stroke} />
          <rect x="11" y="5.5" width="3.5" height="5" rx="1" fill="currentColor" />
        </svg>
      );
    case 'ambassador':
      return (
        <svg aria-hidden="true" {...svg} className="role-icon">
          <rect x="1.5" y="4.5" width="6" height="7" rx="1.5" {...stroke} />
          <path d="M9.5 5.5l4-2.5M9.5 8h5M9.5 10.5l4 2.5" {...stroke} />
        </svg>
      );
    case 'adapter':
      return (
        <svg aria-hidden="true" {...svg} className="role-icon">
          <path d="M5 2.5v3M11 2.5v3M3.5 5.5h9v2.5a4.5 4.5 0 0 1-9 0z M8 12.5v1.5" {...stroke} />
        </svg>
      );
  }
}

export function ExternalIcon({ kind }: { kind: ExternalKind }) {
  const stroke = { stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  if (kind === 'database')
    return (
      <svg aria-hidden="true" {...svg} width={22} height={22}>
        <ellipse cx="8" cy="4" rx="5" ry="2" {...stroke} />
        <path d="M3 4v8c0 1.1 2.2 2 5 2s5-.9 5-2V4M3 8c0 1.1 2.2 2 5 2s5-.9 5-2" {...stroke} />
      </svg>
    );
  if (kind === 'prometheus')
    return (
      <svg aria-hidden="true" {...svg} width={22} height={22}>
        <path d="M2 13l3.5-4 3 2.5L14 4" {...stroke} />
        <path d="M10.5 4H14v3.5" {...stroke} />
      </svg>
    );
  if (kind === 'logs')
    return (
      <svg aria-hidden="true" {...svg} width={22} height={22}>
        <path d="M3 4h10M3 8h10M3 12h6" {...stroke} />
      </svg>
    );
  if (kind === 'client')
    return (
      <svg aria-hidden="true" {...svg} width={22} height={22}>
        <circle cx="8" cy="5.5" r="2.5" {...stroke} />
        <path d="M3 14c.6-2.6 2.6-4 5-4s4.4 1.4 5 4" {...stroke} />
      </svg>
    );
  return (
    <svg aria-hidden="true" {...svg} width={22} height={22}>
      <circle cx="8" cy="8" r="5.5" {...stroke} />
      <path d="M2.5 8h11M8 2.5c1.6 1.5 2.4 3.3 2.4 5.5S9.6 12 8 13.5C6.4 12 5.6 10.2 5.6 8S6.4 4 8 2.5" {...stroke} />
    </svg>
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const stroke = { stroke: 'currentColor', strokeWidth: 1.7, strokeLinecap: 'round' } as const;
  if (severity === 'error')
    return (
      <svg aria-hidden="true" {...svg} className={`sev ${severity}`}>
        <circle cx="8" cy="8" r="6.2" {...stroke} />
        <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" {...stroke} />
      </svg>
    );
  if (severity === 'warning')
    return (
      <svg aria-hidden="true" {...svg} className={`sev ${severity}`}>
        <path d="M8 2.2l6.2 11H1.8z" {...stroke} strokeLinejoin="round" />
        <path d="M8 6.5v3M8 11.6v.1" {...stroke} />
      </svg>
    );
  return (
    <svg aria-hidden="true" {...svg} className={`sev ${severity}`}>
      <circle cx="8" cy="8" r="6.2" {...stroke} />
      <path d="M8 7.5v3.5M8 5v.1" {...stroke} />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg aria-hidden="true" {...svg} className="sev info">
      <path d="M3 8.5l3 3 7-7" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function Logo() {
  return (
    <svg width="22" height="22" viewBox="0 0 32 32" aria-hidden="true">
      <rect x="2" y="2" width="28" height="28" rx="7" fill="var(--accent)" />
      <rect x="7" y="8" width="11" height="16" rx="2.5" fill="#fff" />
      <rect x="20" y="8" width="5" height="7" rx="1.5" fill="#fff" opacity="0.7" />
      <rect x="20" y="17" width="5" height="7" rx="1.5" fill="#fff" opacity="0.7" />
    </svg>
  );
}

export function TrashIcon() {
  return (
    <svg aria-hidden="true" {...svg}>
      <path
        d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M7 7v4M9 7v4"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
