// Pure text helpers, unit-tested in text.test.ts.

export interface SnippetPart { text: string; bold: boolean }

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of HTML-escaped text (the snippet's text outside its <b> tags). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A search snippet is HTML-escaped text with matched words in <b>…</b>. It is never given to innerHTML:
 * the only markup honoured is <b>; everything else (any other tag included) becomes plain text.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let bold = false;
  for (const piece of snippet.split(/(<\/?b>)/i)) {
    if (/^<b>$/i.test(piece)) bold = true;
    else if (/^<\/b>$/i.test(piece)) bold = false;
    else if (piece) parts.push({ text: decodeEntities(piece), bold });
  }
  return parts;
}

export interface Span { start: number; end: number }
export interface Piece<E, Q> { text: string; start: number; entity: E | null; quote: Q | null }

/**
 * Cuts the text at every mention and quote boundary. Each piece knows the mention covering it (the longest,
 * if mentions overlap) and the quote covering it. Offsets are UTF-16, as the API gives them.
 */
export function segment<E, Q extends Span>(
  text: string, mentions: { span: Span; entity: E }[], quotes: Q[]): Piece<E, Q>[] {
  const valid = (s: Span) => s.start >= 0 && s.end <= text.length && s.start < s.end;
  const ms = mentions.filter(m => valid(m.span));
  const qs = quotes.filter(valid);
  const cuts = new Set<number>([0, text.length]);
  for (const m of ms) { cuts.add(m.span.start); cuts.add(m.span.end); }
  for (const q of qs) { cuts.add(q.start); cuts.add(q.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<E, Q>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    let entity: E | null = null;
    let longest = -1;
    for (const m of ms) {
      if (m.span.start <= start && m.span.end >= end && m.span.end - m.span.start > longest) {
        entity = m.entity;
        longest = m.span.end - m.span.start;
      }
    }
    const quote = qs.find(q => q.start <= start && q.end >= end) ?? null;
    pieces.push({ text: text.slice(start, end), start, entity, quote });
  }
  return pieces;
}

/** Per-day counts from article dates (the chart's fallback when the server has no timeline endpoint). */
export function countPerDay(dates: (string | null | undefined)[]): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of dates) {
    if (!d) continue;
    const day = d.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
}
