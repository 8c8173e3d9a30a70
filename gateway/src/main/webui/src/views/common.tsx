import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { snippetParts } from '../text';

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] as const;

export function typeClass(type: string | null | undefined): string {
  const t = (type ?? 'MISC').toUpperCase();
  return 'ent-' + ((ENTITY_TYPES as readonly string[]).includes(t) ? t.toLowerCase() : 'misc');
}

export function Legend() {
  return (
    <div class="legend">
      {ENTITY_TYPES.map(t => <span key={t} class={`ent ${typeClass(t)}`}>{t.toLowerCase()}</span>)}
      <span class="quote legend-quote">quotation</span>
    </div>
  );
}

export function Snippet({ html }: { html: string }) {
  return <span class="snippet">{snippetParts(html).map((p, i) => p.bold ? <b key={i}>{p.text}</b> : p.text)}</span>;
}

export function day(instant: string | null | undefined): string {
  return instant ? instant.slice(0, 10) : '—';
}

export function Tone({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined) return null;
  const cls = value > 0.05 ? 'tone pos' : value < -0.05 ? 'tone neg' : 'tone neu';
  return <span class={cls} title="tone, -1 (hostile) … 1 (friendly)">tone {value.toFixed(2)}</span>;
}

export function ErrorBox({ error }: { error: unknown }) {
  return <div class="error" role="alert">{error instanceof Error ? error.message : String(error)}</div>;
}

/** Loads once per dependency change; state is { data } or { error } or loading. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data?: T; error?: unknown; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    load().then(data => live && setState({ data, loading: false }), error => live && setState({ error, loading: false }));
    return () => { live = false; };
  }, deps);
  return state;
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return <section><h3>{title}</h3>{children}</section>;
}
