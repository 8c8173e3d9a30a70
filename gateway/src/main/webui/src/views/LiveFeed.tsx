import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { useEffect, useState } from 'preact/hooks';
import { apiKey, headers } from '../api';
import { href } from '../router';
import { day } from './common';

interface FeedItem { id: string; title?: string | null; source?: string | null; publishedAt?: string | null }

type State = { kind: 'connecting' } | { kind: 'live' } | { kind: 'unavailable'; why: string };

/**
 * Newly enriched articles from GET /api/v1/stream (Server-Sent Events). EventSource cannot send headers, and a
 * key in the URL would end up in logs, so the stream is read with fetch() (X-API-Key header) and parsed with
 * eventsource-parser. Reconnects after 5 s when the stream ends; a 404 means this gateway has no feed.
 */
export function LiveFeed() {
  const [items, setItems] = useState<FeedItem[]>([]);
  const [state, setState] = useState<State>({ kind: 'connecting' });

  useEffect(() => {
    if (!apiKey()) { setState({ kind: 'unavailable', why: 'enter an API key' }); return; }
    const abort = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      try {
        const response = await fetch('/api/v1/stream', { headers: headers({ Accept: 'text/event-stream' }), signal: abort.signal });
        if (response.status === 404) { setState({ kind: 'unavailable', why: 'this gateway has no live feed' }); return; }
        if (!response.ok || !response.body) { setState({ kind: 'unavailable', why: `${response.status} ${response.statusText}` }); return; }
        setState({ kind: 'live' });
        const parser = createParser({
          onEvent(event: EventSourceMessage) {
            try {
              const item = JSON.parse(event.data) as FeedItem;
              if (item?.id) setItems(list => [item, ...list.filter(x => x.id !== item.id)].slice(0, 30));
            } catch { /* a comment or keep-alive, not an article */ }
          },
        });
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(value);
        }
      } catch (e) {
        if (abort.signal.aborted) return;
      }
      setState({ kind: 'connecting' });
      retry = setTimeout(connect, 5000);
    };
    connect();
    return () => { abort.abort(); clearTimeout(retry); };
  }, []);

  return (
    <div class="livefeed" data-testid="livefeed">
      <h3>Live feed {state.kind === 'live' && <span class="dot" title="connected" />}</h3>
      {state.kind === 'unavailable' && <p class="muted small">Live feed unavailable: {state.why}.</p>}
      {state.kind === 'connecting' && <p class="muted small">connecting…</p>}
      {state.kind === 'live' && items.length === 0 && <p class="muted small">Waiting for newly enriched articles…</p>}
      <ul>
        {items.map(i => (
          <li key={i.id}><a href={href(['article', i.id])}>{i.title || i.id}</a>
            <div class="muted small">{i.source ?? ''} {day(i.publishedAt)}</div></li>
        ))}
      </ul>
    </div>
  );
}
