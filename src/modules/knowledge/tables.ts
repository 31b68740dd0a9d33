import type { ColumnType, JSONColumnType } from 'kysely';
import type { RichDoc } from '../../shared/rich-text.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** date columns come back as 'YYYY-MM-DD' (src/db/connect.ts) */
type DateColumn = ColumnType<string, string, string>;

export type ArticleKind = 'article' | 'elearning';
export type ArticleStatus = 'draft' | 'published' | 'archived';
export type Audience = 'everyone' | 'employees' | 'managers' | 'it_staff';
export type Intent = 'new_pc' | 'my_tickets' | 'report_fault' | 'forgot_password' | 'greeting' | 'human';

/** One section of an article as Rakel quotes it: the heading above it and its plain text. */
export interface Passage {
  heading: string | null;
  text: string;
}

export interface KbSettingsTable {
  cooperation_id: string;
  pseudonym_key: Uint8Array;
  view_retention_months: ColumnType<number, number | undefined, number>;
  conversation_retention_days: ColumnType<number, number | undefined, number>;
  model_url: string | null;
  model_name: string | null;
  model_key: string | null;
  model_api_version: string | null;
  launched_on: DateColumn | null;
  updated_at: Timestamp;
}

export interface KbArticleTable {
  id: string;
  cooperation_id: string;
  slug: string;
  kind: ArticleKind;
  status: ArticleStatus;
  title: string;
  summary: string;
  body: JSONColumnType<RichDoc, string, string>;
  video_url: string | null;
  tags: string[];
  audience: Audience;
  service_ids: string[];
  member_ids: string[];
  owner_id: string | null;
  review_on: DateColumn | null;
  /** the terms a published article has postings for (empty while a draft or archived) */
  terms: ColumnType<string[], string[] | undefined, string[]>;
  passages: JSONColumnType<Passage[], string, string>;
  published_at: NullableTimestamp;
  updated_at: Timestamp;
  created_at: Timestamp;
}

export interface KbImageTable {
  id: string;
  cooperation_id: string;
  media_type: string;
  bytes: Uint8Array;
  created_at: Timestamp;
}

/** One term of one published article, with how strongly the article has it (see rank.ts `strength`). */
export interface KbPostingTable {
  cooperation_id: string;
  term: string;
  article_id: string;
  strength: number;
}

export interface KbTermTable {
  cooperation_id: string;
  term: string;
  df: number;
  /** a word the articles write for the term (the stem "bærb" reads "bærbar"), shown in search explanations */
  word: string | null;
}

export interface KbSynonymTable {
  id: string;
  cooperation_id: string;
  kind: 'synonym' | 'misspelling';
  words: string[];
  updated_at: Timestamp;
}

export interface KbViewTable {
  id: string;
  cooperation_id: string;
  article_id: string;
  visitor: string;
  viewed_at: Timestamp;
}

export interface KbVisitorTable {
  cooperation_id: string;
  visitor: string;
  first_seen: DateColumn;
}

export interface KbMonthTable {
  cooperation_id: string;
  month: DateColumn;
  views: number;
  visitors: number;
  top: JSONColumnType<{ articleId: string; title: string; views: number }[], string, string>;
}

export interface KbSearchTable {
  id: string;
  cooperation_id: string;
  query: string;
  results: number;
  searched_at: Timestamp;
}

export interface KbIntentExampleTable {
  id: string;
  cooperation_id: string;
  intent: Intent;
  phrase: string;
}

export interface KbConversationTable {
  id: string;
  cooperation_id: string;
  visitor: string;
  channel: 'portal' | 'teams';
  state: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  started_at: Timestamp;
  last_at: Timestamp;
}

export interface KbTurnTable {
  id: string;
  cooperation_id: string;
  conversation_id: string;
  question: string;
  intent: Intent | null;
  outcome: 'answered' | 'dialogue' | 'unknown';
  article_ids: string[];
  used_model: ColumnType<boolean, boolean | undefined, boolean>;
  helpful: boolean | null;
  ms: number;
  at: Timestamp;
}

export interface KbBotTable {
  id: string;
  cooperation_id: string;
  name: string;
  token_sha256: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  last_used_at: NullableTimestamp;
  created_at: Timestamp;
}
