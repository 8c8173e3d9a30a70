import { useEffect, useState } from 'preact/hooks';
import { enc, getJson, postForm, postJson } from '../api';
import { href } from '../router';
import type { ArticleAccepted, ArticleStatusView, ArticleView, BatchResult } from '../types';
import { ErrorBox } from './common';

const FINAL = new Set(['ENRICHED', 'FAILED']);

/**
 * Polls every 1.5 s (for up to two minutes) until ENRICHED or FAILED. /status is ingest's view (RECEIVED,
 * PUBLISHED, FAILED, duplicates); once published, the article itself says when enrichment has landed.
 */
function StatusLine({ id }: { id: string }) {
  const [status, setStatus] = useState<ArticleStatusView | null>(null);
  useEffect(() => {
    let live = true;
    let tries = 0;
    const poll = async () => {
      try {
        const s = await getJson<ArticleStatusView>(`/api/v1/articles/${enc(id)}/status`);
        const enriched = s.status === 'PUBLISHED'
          && (await getJson<ArticleView>(`/api/v1/articles/${enc(id)}`)).status === 'ENRICHED';
        if (!live) return;
        setStatus(enriched ? { ...s, status: 'ENRICHED' } : s);
        if (enriched || FINAL.has(s.status)) return;
      } catch { /* keep polling: the status may not be readable yet */ }
      if (live && ++tries < 80) timer = setTimeout(poll, 1500);
    };
    let timer = setTimeout(poll, 0);
    return () => { live = false; clearTimeout(timer); };
  }, [id]);
  return (
    <li data-testid="ingested">
      <a href={href(['article', id])}>{id}</a> — <strong class={`status-${status?.status ?? 'pending'}`}>{status?.status ?? '…'}</strong>
      {status?.reason && <> ({status.reason})</>}
      {status?.duplicateOf && <> · near-duplicate of <a href={href(['article', status.duplicateOf])}>{status.duplicateOf}</a></>}
    </li>
  );
}

export function IngestView() {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [files, setFiles] = useState<FileList | null>(null);
  const [ids, setIds] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const published = () => (publishedAt ? new Date(publishedAt).toISOString() : undefined);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try { await work(); } catch (e) { setError(e); } finally { setBusy(false); }
  };

  const submitText = (e: Event) => {
    e.preventDefault();
    run(async () => {
      const { body } = await postJson<ArticleAccepted>('/api/v1/articles', {
        text, title: title || undefined, source: source || undefined, publishedAt: published(),
      });
      setIds(list => [body.id, ...list.filter(x => x !== body.id)]);
      setNotes(n => [body.duplicate ? `${body.id}: already stored (duplicate)` : `${body.id}: accepted`, ...n]);
      setText('');
    });
  };

  const submitFiles = (e: Event) => {
    e.preventDefault();
    if (!files || files.length === 0) return;
    run(async () => {
      const form = new FormData();
      for (const f of Array.from(files)) form.append('files', f, f.name);
      if (title) form.append('title', title);
      if (source) form.append('source', source);
      const p = published();
      if (p) form.append('publishedAt', p);
      const result = await postForm<BatchResult>('/api/v1/articles/files', form);
      setNotes(n => [`${result.total} file(s): ${result.accepted} accepted, ${result.duplicates} duplicate, ${result.rejected} rejected`,
        ...result.items.filter(i => i.reason).map(i => `file ${i.index + 1}: ${i.reason}`), ...n]);
      setIds(list => [...result.items.flatMap(i => (i.id ? [i.id] : [])), ...list]);
    });
  };

  return (
    <div class="ingest">
      <h2>Add articles</h2>
      <p class="muted">Needs a key with the writer role. Articles are stored at once and enriched in the background.</p>
      <div class="fields">
        <label>title <input value={title} onInput={e => setTitle(value(e))} maxLength={1000} /></label>
        <label>source <input value={source} onInput={e => setSource(value(e))} maxLength={200} /></label>
        <label>published <input type="datetime-local" value={publishedAt} onInput={e => setPublishedAt(value(e))} /></label>
      </div>
      <form onSubmit={submitText}>
        <textarea id="ingest-text" rows={10} placeholder="Paste the article text" value={text}
                  onInput={e => setText((e.target as HTMLTextAreaElement).value)} />
        <button type="submit" disabled={busy || !text.trim()}>Submit text</button>
      </form>
      <form onSubmit={submitFiles} class="upload">
        <input type="file" multiple accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
               onChange={e => setFiles((e.target as HTMLInputElement).files)} />
        <button type="submit" disabled={busy || !files || files.length === 0}>Upload files</button>
        <span class="muted small">.txt, .md, .html — up to 100 files, 5 MiB each</span>
      </form>
      {error && <ErrorBox error={error} />}
      {notes.length > 0 && <ul class="notes">{notes.slice(0, 10).map((n, i) => <li key={i}>{n}</li>)}</ul>}
      {ids.length > 0 && <><h3>Status</h3><ul class="statuses">{ids.map(id => <StatusLine key={id} id={id} />)}</ul></>}
    </div>
  );
}
