// Every call goes to the gateway on the same origin with the analyst's API key in X-API-Key.
// The key lives in sessionStorage only: gone when the tab closes, never in a URL.

const KEY_STORAGE = 'newslens.apiKey';

export function apiKey(): string {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key.trim());
  else sessionStorage.removeItem(KEY_STORAGE);
}

/** An answer other than 2xx; carries the problem+json detail when the gateway sent one. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function headers(extra: Record<string, string> = {}): Record<string, string> {
  const key = apiKey();
  return key ? { 'X-API-Key': key, ...extra } : extra;
}

async function failure(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    const fields = (problem.errors ?? []).map((e: { field: string; message: string }) => `${e.field}: ${e.message}`);
    message = [problem.title, problem.detail, ...fields].filter(Boolean).join(' — ') || message;
  } catch {
    // not a problem document: keep the status line
  }
  if (response.status === 401) message = 'No or unknown API key — paste the key the gateway printed. (' + message + ')';
  return new ApiError(response.status, message);
}

export async function getJson<T>(path: string, params?: Record<string, string | string[] | undefined>): Promise<T> {
  const response = await fetch(withQuery(path, params), { headers: headers({ Accept: 'application/json' }) });
  if (!response.ok) throw await failure(response);
  return response.json() as Promise<T>;
}

export async function postJson<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await failure(response);
  return { status: response.status, body: (await response.json()) as T };
}

export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: headers({ Accept: 'application/json' }), body: form });
  if (!response.ok) throw await failure(response);
  return response.json() as Promise<T>;
}

/** Only parameters that are set go out, so the server sees exactly the filters the analyst chose. */
export function withQuery(path: string, params?: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== '') query.append(name, v);
    }
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Encodes an id for a URL path; ':' (as in person:mike-pompeo) is legal in a path segment and stays readable. */
export const enc = (id: string): string => encodeURIComponent(id).replace(/%3A/gi, ':');
