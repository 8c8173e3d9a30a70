import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { href } from '../router';
import type { CoMention, EntityProfile } from '../types';
import { typeClass } from './common';

interface Node extends SimulationNodeDatum { id: string; name: string; type: string; weight: number; center: boolean }

const W = 560;
const H = 380;

/**
 * The entity and the entities co-mentioned with it, linked with a width by shared articles. d3-force lays the
 * graph out once (300 ticks, synchronously) and the result is drawn as SVG: no animation, no canvas to test.
 */
export function CoMentionGraph({ profile, limit = 25 }: { profile: EntityProfile; limit?: number }) {
  if (profile.coMentions === null) return <p class="muted">Co-mentions are unavailable: the search index did not answer.</p>;
  const others: CoMention[] = profile.coMentions.slice(0, limit);
  if (others.length === 0) return <p class="muted">No co-mentioned entities yet.</p>;
  const max = Math.max(...others.map(o => o.articleCount));
  const nodes: Node[] = [
    { id: profile.id, name: profile.name, type: profile.type, weight: max, center: true, fx: 0, fy: 0 },
    ...others.map(o => ({ id: o.id, name: o.name, type: o.type, weight: o.articleCount, center: false })),
  ];
  const links = others.map(o => ({ source: profile.id, target: o.id, weight: o.articleCount }));
  const radius = (n: Node) => (n.center ? 14 : 5 + 8 * (n.weight / max));
  forceSimulation(nodes)
    .force('link', forceLink<Node, { source: string; target: string; weight: number }>(links).id(n => n.id)
      .distance(l => 150 - 70 * (l.weight / max)))
    .force('charge', forceManyBody().strength(-160))
    .force('collide', forceCollide<Node>(n => radius(n) + 18))
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.08))
    .stop()
    .tick(300);
  const xs = nodes.map(n => n.x ?? 0);
  const ys = nodes.map(n => n.y ?? 0);
  const pad = 30;
  const labelRoom = 7 * Math.max(...nodes.map(n => n.name.length)); // labels sit right of their node
  const viewBox = `${Math.min(...xs) - pad} ${Math.min(...ys) - pad} `
    + `${Math.max(...xs) - Math.min(...xs) + 2 * pad + labelRoom} ${Math.max(...ys) - Math.min(...ys) + 2 * pad}`;
  const byId = new Map(nodes.map(n => [n.id, n]));
  return (
    <svg class="graph" data-testid="comention-graph" viewBox={viewBox} width={W} height={H} role="img"
         aria-label={`Entities co-mentioned with ${profile.name}`}>
      {others.map(o => {
        const t = byId.get(o.id)!; // (forceLink replaced the links' ids by node objects; draw from the data)
        return <line key={o.id} x1={0} y1={0} x2={t.x} y2={t.y} stroke-width={1 + 4 * (o.articleCount / max)}>
          <title>{`${o.articleCount} shared article${o.articleCount === 1 ? '' : 's'}`}</title></line>;
      })}
      {nodes.map(n => (
        <a key={n.id} href={href(['entity', n.id])} class={`node ${typeClass(n.type)}`}>
          <circle cx={n.x} cy={n.y} r={radius(n)}><title>{`${n.name} (${n.type}) — ${n.weight} articles`}</title></circle>
          <text x={(n.x ?? 0) + radius(n) + 3} y={(n.y ?? 0) + 4}>{n.name}</text>
        </a>
      ))}
    </svg>
  );
}
