import { useEffect, useState } from 'preact/hooks';

// Hash routing (#/search?q=…, #/article/<id>, #/entity/<id>, #/ingest): every deep link is served by the
// gateway's one index.html, with no server-side route to keep in step.

export interface Route { path: string[]; params: URLSearchParams }

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

export function href(path: string[], params?: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    for (const x of Array.isArray(v) ? v : [v]) if (x) query.append(k, x);
  }
  const qs = query.toString();
  // ':' is legal in a fragment: #/entity/person:mike-pompeo reads better than person%3Amike-pompeo.
  return '#/' + path.map(p => encodeURIComponent(p).replace(/%3A/gi, ':')).join('/') + (qs ? '?' + qs : '');
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
