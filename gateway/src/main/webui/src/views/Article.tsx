import type { VNode } from 'preact';
import { enc, getJson } from '../api';
import { href } from '../router';
import { segment } from '../text';
import type { ArticleView, Entity, Quote } from '../types';
import { ErrorBox, Legend, Section, Tone, day, typeClass, useLoad } from './common';

function speakerOf(q: Quote): string {
  return q.speaker?.name ?? 'unknown speaker';
}

/** The text with each mention linked to its entity page and each quotation boxed with its speaker. */
function AnnotatedText({ article }: { article: ArticleView }) {
  const mentions = (article.entities ?? []).flatMap(e => e.mentions.map(m => ({ span: m, entity: e })));
  const pieces = segment<Entity, Quote>(article.text, mentions, article.quotes ?? []);
  const out: VNode[] = [];
  let i = 0;
  const piece = (p: (typeof pieces)[number]) => p.entity
    ? <a key={p.start} class={`ent ${typeClass(p.entity.type)}`} href={href(['entity', p.entity.id])}
         data-type={p.entity.type} title={`${p.entity.name} (${p.entity.type})`}>{p.text}</a>
    : <span key={p.start}>{p.text}</span>;
  while (i < pieces.length) {
    const quote = pieces[i].quote;
    if (!quote) { out.push(piece(pieces[i++])); continue; }
    const inner: VNode[] = [];
    const start = pieces[i].start;
    while (i < pieces.length && pieces[i].quote === quote) inner.push(piece(pieces[i++]));
    out.push(
      <span key={`q${start}`} class="quote" data-speaker={speakerOf(quote)} title={`${speakerOf(quote)}${quote.cue ? ' — ' + quote.cue : ''}`}>
        <span class="speaker" aria-hidden="true">{speakerOf(quote)}</span>{inner}
      </span>,
    );
  }
  return <div class="article-text" data-testid="article-text">{out}</div>;
}

export function ArticleScreen({ id }: { id: string }) {
  const { data: article, error, loading } = useLoad(() => getJson<ArticleView>(`/api/v1/articles/${enc(id)}`), [id]);
  if (loading) return <p class="muted">Loading…</p>;
  if (error || !article) return <ErrorBox error={error} />;
  const entities = [...(article.entities ?? [])].sort((a, b) => b.salience - a.salience);
  return (
    <article class="article">
      <h2>{article.title || '(untitled)'}</h2>
      <div class="meta">
        {article.source ?? 'unknown source'} · published {day(article.publishedAt)} · {article.status}
        {article.language && <> · {article.language}</>} <Tone value={article.tone?.document} />
        {article.url && /^https?:\/\//i.test(article.url) && <> · <a href={article.url} rel="noopener noreferrer" target="_blank">original</a></>}
        {article.duplicateOf && <> · near-duplicate of <a href={href(['article', article.duplicateOf])}>{article.duplicateOf}</a></>}
      </div>
      {article.status !== 'ENRICHED' && <p class="muted">Not enriched yet: entities and quotes appear once the NLP service is done.</p>}
      <Legend />
      <div class="article-layout">
        <AnnotatedText article={article} />
        <div class="side">
          <Section title="Entities">
            <ul class="entity-list">
              {entities.map(e => (
                <li key={e.id}><a class={`ent ${typeClass(e.type)}`} href={href(['entity', e.id])}>{e.name}</a>
                  <span class="count">{e.mentions.length}×</span></li>
              ))}
            </ul>
          </Section>
          {article.keywords && article.keywords.length > 0 && (
            <Section title="Key phrases"><p>{article.keywords.slice(0, 12).map(k => k.phrase).join(' · ')}</p></Section>
          )}
          {article.quotes && article.quotes.length > 0 && (
            <Section title="Quotes">
              <ul class="quotes">{article.quotes.map(q => (
                <li key={q.start}>“{q.text}” — {q.speaker?.id
                  ? <a href={href(['entity', q.speaker.id])}>{speakerOf(q)}</a> : speakerOf(q)}</li>
              ))}</ul>
            </Section>
          )}
        </div>
      </div>
    </article>
  );
}
