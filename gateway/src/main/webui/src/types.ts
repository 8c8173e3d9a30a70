// The gateway's JSON (records in contracts/src/main/java/io/newslens/contracts/api). Fields marked optional
// are newer than some servers (search filters, facets, cursors) and are shown only when present.

export interface Facet { value: string; name?: string; count: number }

export interface ArticleHit {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  snippet: string;
  score?: number | null;
  tone?: number | null;
  entities?: { id: string; name: string; type: string }[] | null;
  /** The story (its first article's id); near-duplicates share it. */
  storyId?: string | null;
  /** Other matching articles of the story folded into this hit. */
  folded?: number;
  foldedIds?: string[];
}

export interface SearchResult {
  query: string;
  total: number;
  /** Distinct stories among the matches; null when search does not fold. */
  stories?: number | null;
  hits: ArticleHit[];
  nextCursor?: string | null;
  facets?: Record<string, unknown[] | null> | null;
}

export interface Mention { start: number; end: number; text: string }
export interface Entity { id: string; name: string; type: string; aliases: string[]; salience: number; mentions: Mention[] }
export interface Quote {
  text: string; start: number; end: number;
  speaker: { id: string | null; name: string | null } | null;
  cue: string | null; entityIds: string[];
}

export interface ArticleView {
  id: string;
  status: string;
  title: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
  ingestedAt: string | null;
  enrichedAt: string | null;
  entities: Entity[] | null;
  duplicateOf: string | null;
  quotes: Quote[] | null;
  keywords: { phrase: string; score: number; count: number }[] | null;
  tone: { document: number; entities: { entityId: string; score: number; sentences: number }[] } | null;
}

export interface QuoteView {
  articleId: string; articleTitle: string | null; source: string | null; publishedAt: string | null;
  text: string; start: number; end: number;
  speakerId: string | null; speakerName: string | null; cue: string | null; entityIds: string[];
}

export interface CoMention { id: string; name: string; type: string; articleCount: number }

export interface EntityProfile {
  id: string; name: string; type: string; aliases: string[];
  mentionCount: number; articleCount: number;
  firstSeen: string | null; lastSeen: string | null; averageTone: number | null;
  /** Both null when query-service's search index, which counts them, did not answer. */
  coMentions: CoMention[] | null; topSources: SourceCount[] | null;
  quotesBy: QuoteView[]; quotesAbout: QuoteView[];
}

export interface SourceCount { source: string; articleCount: number }

export interface EntitySuggestion { id: string; name: string; type: string; matched: string; articleCount: number }

export interface ArticleAccepted { id: string; status: string; duplicate: boolean }
export interface BatchItemResult { index: number; status: string; id?: string; reason?: string }
export interface BatchResult { total: number; accepted: number; duplicates: number; rejected: number; items: BatchItemResult[] }
export interface ArticleStatusView { id: string; status: string; reason?: string; history: { status: string; at: string }[]; duplicateOf?: string }

/** GET /api/v1/timeline: articles per interval by publish date, with their mean document tone. */
export interface TimelineBucket { start: string; count: number; averageTone: number | null }
export interface TimelineAnswer { interval: string; total: number; buckets: TimelineBucket[] }
