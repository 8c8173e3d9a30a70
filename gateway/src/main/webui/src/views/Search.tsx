import { useEffect, useRef, useState } from 'preact/hooks';
import { getJson } from '../api';
import { href } from '../router';
import type { ArticleHit, EntitySuggestion, Facet, SearchResult } from '../types';
import { ErrorBox, Snippet, Tone, day, typeClass } from './common';

interface Filters { q: string; entity: string[]; source: string; from: string; to: string; sort: string }

function filtersOf(params: URLSearchParams): Filters {
  return {
    q: params.get('q') ?? '', entity: params.getAll('entity'), source: params.get('source') ?? '',
    from: params.get('from') ?? '', to: params.get('to') ?? '', sort: params.get('sort') ?? '',
  };
}

function go(f: Filters) {
  location.hash = href(['search'], { ...f });
}

/** The server's facet lists (SearchFacets): entities {id, name, count}, sources {source, count}, days {day, count}. */
function facetList(raw: unknown): Facet[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((f: Record<string, unknown>) => ({
    value: String(f.id ?? f.source ?? f.day ?? ''),
    name: f.name !== undefined ? String(f.name) : undefined,
    count: Number(f.count ?? 0),
  }));
}

function Facets({ result, filters }: { result: SearchResult; filters: Filters }) {
  const facets = result.facets;
  if (!facets) return null;
  const add = (name: string, value: string): Filters => {
    if (name === 'entities') return { ...filters, entity: [...new Set([...filters.entity, value])] };
    if (name === 'sources') return { ...filters, source: value };
    if (name === 'days') return { ...filters, from: value.slice(0, 10), to: value.slice(0, 10) };
    return filters;
  };
  return (
    <div class="facets" data-testid="facets">
      {Object.entries(facets).filter(([, raw]) => Array.isArray(raw)).map(([name, raw]) => (
        <div key={name} class="facet">
          <h4>{name}</h4>
          <ul>
            {facetList(raw).slice(0, 15).map(f => (
              <li key={f.value}>
                <a href={href(['search'], { ...add(name, f.value) })}>{f.name ?? f.value}</a> <span class="count">{f.count}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Hit({ hit }: { hit: ArticleHit }) {
  return (
    <li class="hit" data-testid="hit">
      <a class="title" href={href(['article', hit.id])}>{hit.title || 'Untitled article'}</a>
      <div class="meta">{hit.source ?? 'unknown source'} · {day(hit.publishedAt)} · {hit.score != null && <>score {hit.score.toFixed(3)}</>} <Tone value={hit.tone} /></div>
      <p><Snippet html={hit.snippet} /></p>
      {hit.folded ? <div class="muted" data-testid="folded">+{hit.folded} near-duplicate{hit.folded === 1 ? '' : 's'} of this story</div> : null}
      {hit.entities && hit.entities.length > 0 && (
        <div class="chips">
          {hit.entities.map(e => <a key={e.id} class={`chip ${typeClass(e.type)}`} href={href(['entity', e.id])}>{e.name}</a>)}
        </div>
      )}
    </li>
  );
}

export function SearchView({ params }: { params: URLSearchParams }) {
  const filters = filtersOf(params);
  const [draft, setDraft] = useState(filters);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [more, setMore] = useState<ArticleHit[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const paramKey = params.toString();

  const query = (cursor?: string) => getJson<SearchResult>('/api/v1/articles', {
    q: filters.q, entity: filters.entity, source: filters.source, from: filters.from, to: filters.to,
    sort: filters.sort, cursor, facets: 'entities,sources,days',
  });

  useEffect(() => {
    setDraft(filters);
    setMore([]);
    setResult(null);
    setError(null);
    if (!filters.q) return;
    setBusy(true);
    query().then(setResult, setError).finally(() => setBusy(false));
  }, [paramKey]);

  const nextCursor = result?.nextCursor ?? null;
  const loadMore = () => {
    if (!nextCursor) return;
    setBusy(true);
    query(nextCursor).then(r => { setMore(m => [...m, ...r.hits]); setResult({ ...result!, nextCursor: r.nextCursor ?? null }); }, setError)
      .finally(() => setBusy(false));
  };
  const set = (patch: Partial<Filters>) => setDraft({ ...draft, ...patch });
  // Autocomplete for the last word typed in the entity field, from GET /api/v1/entities?q=.
  const [suggestions, setSuggestions] = useState<EntitySuggestion[]>([]);
  const suggestTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const suggest = (typed: string) => {
    clearTimeout(suggestTimer.current);
    const prefix = typed.split(/[\s,]+/).pop() ?? '';
    if (prefix.length < 2 || prefix.includes(':')) { setSuggestions([]); return; }
    suggestTimer.current = setTimeout(() => getJson<EntitySuggestion[]>('/api/v1/entities', { q: prefix, limit: '8' })
      .then(setSuggestions, () => setSuggestions([])), 200);
  };
  const value = (e: Event) => (e.target as HTMLInputElement).value;

  return (
    <div class="search">
      <form class="searchform" onSubmit={e => { e.preventDefault(); go(draft); }}>
        <input id="q" type="search" placeholder="Search articles: words, &quot;phrases&quot;, OR, -exclude" value={draft.q}
               onInput={e => set({ q: value(e) })} autofocus />
        <button type="submit">Search</button>
        <div class="filters">
          <label>entity <input placeholder="person:mike-pompeo" value={draft.entity.join(' ')} list="entity-suggestions"
                               onInput={e => { set({ entity: value(e).split(/[\s,]+/).filter(Boolean) }); suggest(value(e)); }} /></label>
          <datalist id="entity-suggestions">
            {suggestions.map(s => <option key={s.id} value={s.id}>{`${s.name} (${s.type.toLowerCase()}, ${s.articleCount})`}</option>)}
          </datalist>
          <label>source <input value={draft.source} onInput={e => set({ source: value(e) })} /></label>
          <label>from <input type="date" value={draft.from} onInput={e => set({ from: value(e) })} /></label>
          <label>to <input type="date" value={draft.to} onInput={e => set({ to: value(e) })} /></label>
          <label>sort <select value={draft.sort} onChange={e => set({ sort: (e.target as HTMLSelectElement).value })}>
            <option value="">relevance</option><option value="date">newest</option>
          </select></label>
        </div>
      </form>
      {error && <ErrorBox error={error} />}
      {busy && <p class="muted">Searching…</p>}
      {!filters.q && <p class="muted">Type a query. Filters narrow it; facets (when the server sends them) appear on the left.</p>}
      {result && (
        <div class="results-layout">
          <Facets result={result} filters={filters} />
          <div class="results">
            <p class="muted" data-testid="total">{result.total} article{result.total === 1 ? '' : 's'} for “{result.query}”</p>
            <ol class="hits">{[...result.hits, ...more].map(h => <Hit key={h.id} hit={h} />)}</ol>
            {nextCursor && <button onClick={loadMore} disabled={busy}>More results</button>}
          </div>
        </div>
      )}
    </div>
  );
}
