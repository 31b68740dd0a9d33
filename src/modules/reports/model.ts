// The document model of a report: what both renderers (HTML and PDF) draw, block for block, so that
// the two outputs have the same content. The builders make it from the data; approval stores it as
// the report's frozen snapshot. Every figure is a Cell with its exact value beside its Norwegian text,
// so tests can hold each shown number against the API it came from.

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  /** a line break after this run */
  br?: boolean;
}

export interface Cell {
  /** what is shown: '1 234', '95,0 %', 'Molde' */
  text: string;
  /** the exact number behind a figure */
  value?: number | null;
  /** the records behind the figure (a UI or API address); shown as a link in drafts only */
  href?: string;
  bold?: boolean;
}

export interface Column {
  label: string;
  numeric: boolean;
}

export interface TableBlock {
  type: 'table';
  id: string;
  caption: string;
  /** e.g. "tall i hele 1000" */
  note?: string;
  /** optional first header row of grouped columns: [label, span] */
  groups?: [string, number][];
  columns: Column[];
  rows: Cell[][];
  /** the sum row; parts above add up to it in every additive column */
  total?: Cell[];
  /** indexes of columns whose rows add up to the total (checked by tests) */
  additive?: number[];
}

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartBlock {
  type: 'chart';
  id: string;
  title: string;
  /** bar: vertical grouped bars; hbar: horizontal grouped bars; line: one line per series */
  kind: 'bar' | 'hbar' | 'line';
  categories: string[];
  series: ChartSeries[];
  /** the chart's data as a table: the accessible alternative, shown under it */
  table: TableBlock;
}

export interface ImageBlock {
  type: 'image';
  imageId: string;
  alt: string;
  title?: string;
}

export type Block =
  | { type: 'heading'; level: number; number: string; text: string; id: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'fields'; rows: [string, string][] }
  | TableBlock
  | ChartBlock
  | ImageBlock;

export interface ReportMeta {
  kind: 'activity' | 'annual';
  period: string;
  cooperationName: string;
  title: string;
  /** "pr. 1.11.2024" / "2024" */
  subtitle: string;
  version: number;
  /** dd.mm.yyyy */
  versionDate: string;
  status: 'draft' | 'review' | 'approved';
  statusLabel: string;
  approvedDate: string | null;
  approvedBy: string | null;
  documentOwner: string;
  /** ISO instant the figures were read */
  generatedAt: string;
}

export interface ReportDoc {
  meta: ReportMeta;
  blocks: Block[];
}

/** Every table of a document, those under charts included. */
export function tablesOf(doc: ReportDoc): TableBlock[] {
  const out: TableBlock[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'table') out.push(b);
    if (b.type === 'chart') out.push(b.table);
  }
  return out;
}

/** The headings of a document, for the table of contents. */
export const headingsOf = (doc: ReportDoc) =>
  doc.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
