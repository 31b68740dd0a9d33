// The knowledge API (/api/knowledge, /api/rakel): the portal's search and articles, Rakel's answers,
// the editors' articles, vocabulary and dialogues, the usage figures, and the administrators'
// settings and bots. Types mirror the views the server builds (src/modules/knowledge).
import { http } from '../../api/client.ts';
import type { RichDoc } from '../../api/types.ts';

export type ArticleKind = 'article' | 'elearning';
export const ARTICLE_KINDS: readonly ArticleKind[] = ['article', 'elearning'];
export type ArticleStatus = 'draft' | 'published' | 'archived';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['draft', 'published', 'archived'];
export type Audience = 'everyone' | 'employees' | 'managers' | 'it_staff';
export const AUDIENCES: readonly Audience[] = ['everyone', 'employees', 'managers', 'it_staff'];
export type MatchVia = 'word' | 'synonym' | 'spelling' | 'compound';

export interface SearchResult {
  id: string;
  slug: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  tags: string[];
  videoUrl: string | null;
  updatedAt: string;
  score: number | null;
  snippet: { heading: string | null; text: string } | null;
}

export interface SearchView {
  query: string;
  total: number;
  understood: { word: string; matches: { terms: string[]; words: string[]; via: MatchVia }[] }[];
  unknownWords: string[];
  results: SearchResult[];
}

export interface SearchQuery {
  q?: string;
  tag?: string;
  kind?: ArticleKind;
  serviceId?: string;
  limit?: number;
  offset?: number;
}

/** A published article as the portal shows it. */
export interface PortalArticle {
  id: string;
  slug: string;
  kind: ArticleKind;
  status: ArticleStatus;
  title: string;
  summary: string;
  body: RichDoc;
  videoUrl: string | null;
  tags: string[];
  audience: Audience;
  serviceIds: string[];
  memberIds: string[];
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
  services: { id: string; name: string }[];
}

export interface RakelSource {
  articleId: string;
  title: string;
  heading: string | null;
  text: string;
  url: string;
}

export interface RakelReply {
  conversationId: string;
  turnId: string;
  kind: 'answer' | 'dialogue' | 'unknown';
  intent: string | null;
  text: string;
  composed: boolean;
  sources: RakelSource[];
  tickets: { id: string; number: number; subject: string; status: string; updatedAt: string; url: string }[];
  devices: { name: string | null; model: string | null; kind: string; expiresOn: string | null; expired: boolean }[];
  quickReplies: { label: string; value: string }[];
  ticketOffer: { subject: string; description: string } | null;
  createdTicket: { id: string; number: number; url: string } | null;
  modelNote: string | null;
}

/** An article in the editors' list. */
export interface ManagedArticleRow {
  id: string;
  slug: string;
  kind: ArticleKind;
  status: ArticleStatus;
  title: string;
  summary: string;
  tags: string[];
  audience: Audience;
  ownerId: string | null;
  ownerName: string | null;
  reviewOn: string | null;
  reviewOverdue: boolean;
  updatedAt: string;
  publishedAt: string | null;
}

/** An article as its editors see it. */
export interface ManagedArticle {
  id: string;
  slug: string;
  kind: ArticleKind;
  status: ArticleStatus;
  title: string;
  summary: string;
  body: RichDoc;
  videoUrl: string | null;
  tags: string[];
  audience: Audience;
  serviceIds: string[];
  memberIds: string[];
  ownerId: string | null;
  reviewOn: string | null;
  reviewOverdue: boolean;
  publishedAt: string | null;
  updatedAt: string;
  createdAt: string;
}

export interface ArticleInput {
  kind: ArticleKind;
  title: string;
  summary: string;
  body: RichDoc;
  videoUrl: string | null;
  tags: string[];
  audience: Audience;
  serviceIds: string[];
  memberIds: string[];
  ownerId?: string | null;
  reviewOn: string | null;
}

export interface ReviewItem {
  id: string;
  title: string;
  ownerName: string | null;
  reviewOn: string;
  daysOverdue: number;
  updatedAt: string;
}

export interface ReviewView {
  today: string;
  overdue: ReviewItem[];
  dueSoon: ReviewItem[];
}

export interface ImportInput {
  files: { fileName: string; text: string }[];
  publish?: boolean;
  audience?: Audience;
  kind?: ArticleKind;
  tags?: string[];
}

export interface ImportResult {
  fileName: string;
  status: 'created' | 'failed';
  articleId: string | null;
  title: string | null;
  warnings: ImportWarning[];
  error: { code: string; message: string } | null;
}

export interface ImportWarning {
  code: 'image_not_imported' | 'unsafe_link' | 'nested_list_flattened' | 'content_left_out' | 'table_flattened';
  detail: string | null;
  message: string;
}

export interface ImportReport {
  created: number;
  failed: number;
  results: ImportResult[];
}

export type SynonymKind = 'synonym' | 'misspelling';
export interface Synonym {
  id: string;
  kind: SynonymKind;
  words: string[];
  updatedAt: string;
}

export interface IntentView {
  intent: string;
  label: string;
  examples: string[];
}

export interface IntentsView {
  usingDefaults: boolean;
  intents: IntentView[];
}

export interface UsageView {
  month: string;
  views: number;
  uniqueVisitors: number;
  previous: { month: string; views: number; uniqueVisitors: number };
  visitorsSinceLaunch: number;
  topArticles: { articleId: string; title: string; views: number }[];
  searches: number;
  zeroResultSearches: number;
  zeroResultQueries: { query: string; times: number; last: string }[];
  rakel: { conversations: number; questions: number; unanswered: number; dialogues: number };
}

export interface UnansweredView {
  from: string;
  to: string;
  questions: { question: string; times: number; last: string }[];
}

export interface ModelSettings {
  url: string;
  name: string;
  apiVersion: string | null;
  hasKey: boolean;
}

export interface KnowledgeSettings {
  viewRetentionMonths: number;
  conversationRetentionDays: number;
  launchedOn: string | null;
  model: ModelSettings | null;
}

export interface SettingsInput {
  viewRetentionMonths?: number;
  conversationRetentionDays?: number;
  model?: { url: string; name: string; key?: string; apiVersion?: string | null } | null;
}

export interface Bot {
  id: string;
  name: string;
  active: boolean;
  lastUsedAt: string | null;
  createdAt: string;
}

const enc = encodeURIComponent;
const manage = (rest: string) => `/api/knowledge/manage/${rest}`;

export const knowledgeApi = {
  search: (q: SearchQuery) => http.get<SearchView>('/api/knowledge/articles', { ...q }),
  tags: () => http.get<{ tags: { tag: string; articles: number }[] }>('/api/knowledge/tags'),
  article: (slugOrId: string) => http.get<PortalArticle>(`/api/knowledge/articles/${enc(slugOrId)}`),

  ask: (text: string, conversationId?: string) =>
    http.post<RakelReply>('/api/rakel/messages', { text, ...(conversationId && { conversationId }) }),
  feedback: (turnId: string, helpful: boolean) =>
    http.post<{ ok: true }>(`/api/rakel/turns/${enc(turnId)}/feedback`, { helpful }),

  articles: (q: { status?: ArticleStatus; q?: string }) =>
    http.get<{ articles: ManagedArticleRow[] }>(manage('articles'), { ...q }),
  managed: (id: string) => http.get<ManagedArticle>(manage(`articles/${enc(id)}`)),
  create: (input: ArticleInput) => http.post<ManagedArticle>(manage('articles'), input),
  update: (id: string, input: ArticleInput) => http.put<ManagedArticle>(manage(`articles/${enc(id)}`), input),
  setStatus: (id: string, status: ArticleStatus) =>
    http.post<ManagedArticle>(manage(`articles/${enc(id)}/status`), { status }),
  review: () => http.get<ReviewView>(manage('review')),
  import: (input: ImportInput) => http.post<ImportReport>(manage('import'), input),
  uploadImage: (mediaType: string, contentBase64: string) =>
    http.post<{ id: string; src: string }>(manage('images'), { mediaType, contentBase64 }),

  synonyms: () => http.get<{ synonyms: Synonym[] }>(manage('synonyms')),
  addSynonym: (input: { kind: SynonymKind; words: string[] }) => http.post<Synonym>(manage('synonyms'), input),
  updateSynonym: (id: string, input: { kind: SynonymKind; words: string[] }) =>
    http.put<Synonym>(manage(`synonyms/${enc(id)}`), input),
  removeSynonym: (id: string) => http.delete<{ ok: true }>(manage(`synonyms/${enc(id)}`)),

  intents: () => http.get<IntentsView>(manage('intents')),
  saveIntent: (intent: string, examples: string[]) =>
    http.put<IntentsView>(manage(`intents/${enc(intent)}`), { examples }),

  usage: (month: string) => http.get<UsageView>('/api/knowledge/usage', { month }),
  unanswered: (from: string, to: string) => http.get<UnansweredView>('/api/knowledge/unanswered', { from, to }),

  settings: () => http.get<KnowledgeSettings>('/api/knowledge/settings'),
  saveSettings: (input: SettingsInput) => http.put<KnowledgeSettings>('/api/knowledge/settings', input),
  bots: () => http.get<{ bots: Bot[] }>('/api/knowledge/bots'),
  createBot: (name: string) =>
    http.post<{ id: string; name: string; active: boolean; token: string }>('/api/knowledge/bots', { name }),
  setBotActive: (id: string, active: boolean) =>
    http.patch<{ bots: Bot[] }>(`/api/knowledge/bots/${enc(id)}`, { active }),
};
