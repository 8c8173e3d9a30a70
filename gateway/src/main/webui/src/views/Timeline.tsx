import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ApiError, enc, getJson } from '../api';
import { countPerDay } from '../text';
import type { ArticleView, SearchResult, TimelineAnswer } from '../types';

interface Series { days: string[]; counts: number[]; tones: (number | null)[]; origin: string }

/**
 * Mentions per day: GET /api/v1/timeline; when none of the entity's articles has a publish date, counted from the
 * enrichment dates of up to 100 search hits for it, and the chart says where its numbers come from.
 */
async function loadSeries(id: string, name: string): Promise<Series> {
  try {
    const timeline = await getJson<TimelineAnswer>('/api/v1/timeline', { entity: id, interval: 'day' });
    // Undated articles have no place on a publish-date axis (total counts them, the buckets do not); when none
    // is dated, count by enrichment date instead.
    if (timeline.buckets.some(b => b.count > 0)) {
      return {
        days: timeline.buckets.map(b => b.start.slice(0, 10)),
        counts: timeline.buckets.map(b => b.count),
        tones: timeline.buckets.map(b => b.averageTone),
        origin: 'articles per day by publish date, with their mean tone (timeline)',
      };
    }
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 405)) throw e;
  }
  const result = await getJson<SearchResult>('/api/v1/articles', { entity: id, sort: 'date', limit: '100' });
  // Like the read model's first/last seen: the publish date, else (for undated articles) the enrichment date.
  const dates = await mapLimited(result.hits, 6, async h => h.publishedAt
    ?? getJson<ArticleView>(`/api/v1/articles/${enc(h.id)}`).then(a => a.enrichedAt ?? a.ingestedAt, () => null));
  const perDay = countPerDay(dates);
  return {
    days: perDay.map(d => d.day), counts: perDay.map(d => d.count), tones: perDay.map(() => null),
    origin: `articles per day (publish date, else enrichment date), from ${result.hits.length} articles mentioning ${name}`,
  };
}

/** Maps with at most `limit` calls in flight (the gateway rate-limits each key); eight lines, not worth a dependency. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => { while (next < items.length) { const i = next++; out[i] = await fn(items[i]); } };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function Timeline({ id, name }: { id: string; name: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [series, setSeries] = useState<Series | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadSeries(id, name).then(s => live && setSeries(s), e => live && setError(String(e?.message ?? e)));
    return () => { live = false; };
  }, [id, name]);

  useEffect(() => {
    if (!series || !box.current || series.days.length === 0) return;
    const xs = series.days.map(d => Date.parse(d + 'T00:00:00Z') / 1000);
    const dayS = 86400;
    const hasTone = series.tones.some(t => t !== null);
    const plot = new uPlot({
      width: Math.max(320, box.current.clientWidth || 640),
      height: 220,
      scales: { x: { time: true, range: () => [Math.min(...xs) - dayS, Math.max(...xs) + dayS] },
                y: { range: (_u, _min, max) => [0, Math.max(1, max)] }, tone: { range: [-1, 1] } },
      axes: [{ incrs: [dayS, 2 * dayS, 7 * dayS, 30 * dayS, 365 * dayS], space: 70,
               values: (_u, splits) => splits.map(x => new Date(x * 1000).toISOString().slice(0, 10)) },
             { label: 'articles', incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }, ...(hasTone ? [{ scale: 'tone', side: 1, label: 'mean tone', grid: { show: false } }] : [])],
      series: [
        {},
        { label: 'articles', stroke: '#2563eb', fill: 'rgba(37,99,235,0.35)', paths: uPlot.paths.bars!({ size: [0.6, 40] }) },
        ...(hasTone ? [{ label: 'mean tone', scale: 'tone', stroke: '#d97706', width: 2 }] : []),
      ],
      legend: { show: true },
    }, [xs, series.counts, ...(hasTone ? [series.tones] : [])] as uPlot.AlignedData, box.current);
    return () => plot.destroy();
  }, [series]);

  if (error) return <div class="error">Timeline unavailable: {error}</div>;
  return (
    <div>
      <div ref={box} class="timeline" data-testid="timeline" data-points={series?.days.length ?? 0} />
      {series && <p class="muted small">{series.days.length === 0 ? 'No dated articles yet.' : series.origin}</p>}
    </div>
  );
}
