import { enc, getJson } from '../api';
import { href } from '../router';
import type { EntityProfile, QuoteView, SourceCount } from '../types';
import { CoMentionGraph } from './CoMentionGraph';
import { ErrorBox, Section, Tone, day, typeClass, useLoad } from './common';
import { Timeline } from './Timeline';

function QuoteList({ quotes, showSpeaker }: { quotes: QuoteView[]; showSpeaker: boolean }) {
  if (quotes.length === 0) return <p class="muted">None yet.</p>;
  return (
    <ul class="quotes">
      {quotes.map(q => (
        <li key={`${q.articleId}:${q.start}`} class="quote-item" data-testid="quote">
          <blockquote>“{q.text}”</blockquote>
          <div class="meta">
            {showSpeaker && <>{q.speakerId ? <a href={href(['entity', q.speakerId])}>{q.speakerName}</a> : (q.speakerName ?? 'unknown')}{' · '}</>}
            <a href={href(['article', q.articleId])}>{q.articleTitle || q.articleId}</a> · {q.source ?? ''} {day(q.publishedAt)}
          </div>
        </li>
      ))}
    </ul>
  );
}

function SourceList({ id, sources }: { id: string; sources: SourceCount[] | null }) {
  if (sources === null) return <p class="muted">Unavailable: the search index did not answer.</p>;
  if (sources.length === 0) return <p class="muted">None yet.</p>;
  return (
    <ul class="sources" data-testid="top-sources">
      {sources.map(s => (
        <li key={s.source}>
          <a href={href(['search'], { entity: id, source: s.source })}>{s.source}</a> <span class="muted">{s.articleCount}</span>
        </li>
      ))}
    </ul>
  );
}

export function EntityScreen({ id }: { id: string }) {
  const { data: p, error, loading } = useLoad(() => getJson<EntityProfile>(`/api/v1/entities/${enc(id)}`), [id]);
  if (loading) return <p class="muted">Loading…</p>;
  if (error || !p) return <ErrorBox error={error} />;
  return (
    <div class="entity">
      <h2><span class={`ent ${typeClass(p.type)}`}>{p.name}</span> <small>{p.type}</small></h2>
      <div class="meta">
        {p.mentionCount} mentions in <a href={href(['search'], { q: p.name, entity: p.id })}>{p.articleCount} articles</a>
        {' · '}first seen {day(p.firstSeen)} · last seen {day(p.lastSeen)} <Tone value={p.averageTone} />
      </div>
      {p.aliases.length > 0 && <p class="aliases">also written: {p.aliases.join(', ')}</p>}
      <Section title="Mentions per day"><Timeline id={p.id} name={p.name} /></Section>
      <Section title="Co-mentioned entities"><CoMentionGraph profile={p} /></Section>
      <Section title="Top sources"><SourceList id={p.id} sources={p.topSources} /></Section>
      <div class="two-col">
        <Section title={`Quotes by ${p.name}`}><QuoteList quotes={p.quotesBy} showSpeaker={false} /></Section>
        <Section title={`Quotes about ${p.name}`}><QuoteList quotes={p.quotesAbout} showSpeaker /></Section>
      </div>
    </div>
  );
}
