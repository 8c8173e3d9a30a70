import { render } from 'preact';
import type { ComponentChildren } from 'preact';
import { useErrorBoundary, useState } from 'preact/hooks';
import { apiKey, setApiKey } from './api';
import { href, useRoute } from './router';
import { SearchView } from './views/Search';
import { ArticleScreen } from './views/Article';
import { EntityScreen } from './views/Entity';
import { IngestView } from './views/Ingest';
import { LiveFeed } from './views/LiveFeed';
import './style.css';

function KeyBar({ onChange }: { onChange: () => void }) {
  const [draft, setDraft] = useState(apiKey());
  const saved = apiKey() !== '';
  return (
    <form class="keybar" onSubmit={e => { e.preventDefault(); setApiKey(draft); onChange(); }}>
      <label for="api-key">API key</label>
      <input id="api-key" type="password" autocomplete="off" value={draft} placeholder="paste the key ./newslens up printed"
             onInput={e => setDraft((e.target as HTMLInputElement).value)} />
      <button type="submit">{saved ? 'Update' : 'Use key'}</button>
      {saved && <span class="ok" data-testid="key-saved">key set for this tab</span>}
    </form>
  );
}

/** A screen that throws shows the error instead of blanking the whole page. */
function Guard({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary(e => console.error(e));
  if (error) {
    return <div class="error" role="alert">This view failed: {String(error?.message ?? error)} <button onClick={reset}>Retry</button></div>;
  }
  return <>{children}</>;
}

function App() {
  const route = useRoute();
  const [keyVersion, setKeyVersion] = useState(0);
  const [screen, ...rest] = route.path;
  let main;
  if (screen === 'article' && rest[0]) main = <ArticleScreen id={rest[0]} key={`a${rest[0]}${keyVersion}`} />;
  else if (screen === 'entity' && rest[0]) main = <EntityScreen id={rest[0]} key={`e${rest[0]}${keyVersion}`} />;
  else if (screen === 'ingest') main = <IngestView />;
  else main = <SearchView params={route.params} key={`s${keyVersion}`} />;
  return (
    <>
      <header>
        <a class="brand" href={href(['search'])}>newslens</a>
        <nav>
          <a href={href(['search'])} class={!screen || screen === 'search' ? 'active' : ''}>Search</a>
          <a href={href(['ingest'])} class={screen === 'ingest' ? 'active' : ''}>Ingest</a>
        </nav>
        <KeyBar onChange={() => setKeyVersion(v => v + 1)} />
      </header>
      <div class="layout">
        <main><Guard key={location.hash}>{main}</Guard></main>
        <aside><LiveFeed key={keyVersion} /></aside>
      </div>
    </>
  );
}

render(<App />, document.getElementById('app')!);
