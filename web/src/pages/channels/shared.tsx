import { Button, Card, Heading, Link, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { DeliveryStatus, InboundOutcome, ReceiptOutcome } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SelectField, type SelectOption } from '../../components/SelectField.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { AsyncState } from '../../lib/useAsync.ts';
import { focusSoon } from '../devices/shared.tsx';

type Color = 'danger' | 'warning' | 'info' | 'neutral' | 'success';

/** The eyebrow, heading and introduction of a channels page. */
export function ChannelsHead({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page-head">
      <div>
        <Paragraph data-size="sm" className="eyebrow">
          {t('channels.title')}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {intro && <Paragraph className="muted">{intro}</Paragraph>}
      </div>
      {children}
    </div>
  );
}

/** An instant as a <time>, or the text for "never". */
export function When({ iso, none }: { iso: string | null; none?: string }) {
  const { t, i18n } = useTranslation();
  if (!iso) return <span className="muted">{none ?? t('common.none')}</span>;
  return (
    <time dateTime={iso} className="nowrap">
      {formatDateTime(iso, i18n.language)}
    </time>
  );
}

/** '#123' linking to the ticket in the service desk. */
export function TicketLink({ id, number }: { id: string | null; number: number | null }) {
  const { t } = useTranslation();
  if (!id) return <span className="muted">{t('common.none')}</span>;
  return (
    <Link asChild>
      <RouterLink to={`/servicedesk/tickets/${id}`}>{number === null ? t('channels.ticket') : `#${number}`}</RouterLink>
    </Link>
  );
}

function StatusTag({ color, children }: { color: Color; children: string }) {
  return (
    <Tag data-color={color} data-size="sm" className="nowrap">
      {children}
    </Tag>
  );
}

const RECEIPT_COLOR: Record<ReceiptOutcome, Color> = { created: 'success', duplicate: 'neutral', rejected: 'danger' };
export function ReceiptTag({ outcome }: { outcome: ReceiptOutcome }) {
  const { t } = useTranslation();
  return <StatusTag color={RECEIPT_COLOR[outcome]}>{t(`channels.receiptOutcomes.${outcome}`)}</StatusTag>;
}

const INBOUND_COLOR: Record<InboundOutcome, Color> = {
  ticket: 'success',
  comment: 'info',
  ignored: 'neutral',
  failed: 'danger',
};
export function InboundTag({ outcome }: { outcome: InboundOutcome }) {
  const { t } = useTranslation();
  return <StatusTag color={INBOUND_COLOR[outcome]}>{t(`channels.inboundOutcomes.${outcome}`)}</StatusTag>;
}

const DELIVERY_COLOR: Record<DeliveryStatus, Color> = { pending: 'warning', sent: 'success', failed: 'danger' };
export function DeliveryTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return <StatusTag color={DELIVERY_COLOR[status]}>{t(`channels.deliveryStatuses.${status}`)}</StatusTag>;
}

export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusTag color={active ? 'success' : 'neutral'}>{active ? t('channels.active') : t('channels.off')}</StatusTag>
  );
}

/**
 * A value to copy (a token, a key, an address): a read-only field that selects its text when focused,
 * and a button that copies it, telling whether it worked.
 */
export function CopyField({
  label,
  value,
  name,
  description,
}: {
  label: string;
  value: string;
  name: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'copied' | 'failed'>();
  const copy = async () => {
    setStatus(undefined);
    try {
      await navigator.clipboard.writeText(value);
      requestAnimationFrame(() => setStatus('copied'));
    } catch {
      requestAnimationFrame(() => setStatus('failed'));
    }
  };
  return (
    <div className="copy-field">
      <Textfield
        label={label}
        description={description}
        name={name}
        value={value}
        readOnly
        spellCheck={false}
        autoComplete="off"
        className="copy-field__input"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-field__actions">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={copy}
          aria-label={t('channels.copyLabel', { label })}
        >
          {t('channels.copy')}
        </Button>
        <span role="status" className="copy-field__status">
          {status === 'copied' ? t('channels.copied') : status === 'failed' ? t('channels.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}

/** A header cell's text, with its class ('num') where it has one; false leaves the column out. */
type Column = string | false | { text: string; className: string };

/**
 * A table of a channels page: it scrolls on narrow screens, is named by its caption (shown, or for
 * screen readers only with `hiddenCaption`) and has a header cell per column.
 */
export function DataTable({
  label,
  caption = label,
  hiddenCaption,
  className,
  small,
  busy,
  columns,
  children,
  foot,
}: {
  label: string;
  /** the caption, when it is not the label */
  caption?: string;
  hiddenCaption?: boolean;
  className: string;
  small?: boolean;
  /** read again just now */
  busy?: boolean;
  columns: Column[];
  children: ReactNode;
  /** the rows of a tfoot */
  foot?: ReactNode;
}) {
  const heads = columns.flatMap((c): { text: string; className?: string }[] =>
    c === false ? [] : typeof c === 'string' ? [{ text: c }] : [c],
  );
  return (
    <TableScroll label={label}>
      <Table className={`data-table ${className}`} data-size={small ? 'sm' : undefined} aria-busy={busy || undefined}>
        <caption className={hiddenCaption ? 'visually-hidden' : 'table-caption'}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {heads.map((c) => (
              <Table.HeaderCell key={c.text} scope="col" className={c.className}>
                {c.text}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
        {foot && <tfoot>{foot}</tfoot>}
      </Table>
    </TableScroll>
  );
}

/** A list being read (useAsync), as far as its state and "read again" go. */
type List = Pick<AsyncState<unknown>, 'data' | 'error' | 'loading' | 'reload'>;

/**
 * What a list being read says above it: why it failed (to try again), that it loads, and once read
 * `none` when it has no rows (`count`), or `counted` in a status region (said after each reading).
 */
export function ListState({
  list,
  count = 0,
  none,
  counted,
  level = 3,
}: {
  list: List;
  count?: number;
  none?: string;
  counted?: string;
  level?: 3 | 4;
}) {
  return (
    <>
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} level={level} />}
      {list.loading && !list.data && <Loading />}
      {none !== undefined && list.data && count === 0 && <Paragraph className="muted">{none}</Paragraph>}
      {counted !== undefined && (
        <div role="status" className="result-count">
          {list.data && !list.loading ? counted : ''}
        </div>
      )}
    </>
  );
}

/** "Oppdater": reads a list again (by default with its own reload), busy while it does. */
export function RefreshButton({ list, onClick = list.reload }: { list: List; onClick?: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="secondary" data-size="sm" onClick={onClick} loading={list.loading}>
      {t('channels.refresh')}
    </Button>
  );
}

/** A filter kept in the address (?name=value, left out for all): its value when it is one of `all`, and its setter. */
export function useFilterParam<T extends string>(
  name: string,
  all: readonly T[],
): [T | undefined, (v: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const set = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return [all.includes(raw as T) ? (raw as T) : undefined, set];
}

/** A log's filter in its toolbar: a select whose empty choice is "all". */
export function FilterSelect({
  label,
  name,
  value,
  onChange,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  onChange: (value: string) => void;
  options: SelectOption[];
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar-field">
      <SelectField
        label={label}
        name={name}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        options={options}
        empty={t('channels.all')}
      />
    </div>
  );
}

/**
 * The row of `items` chosen in the address (?param=<id>), and `choose` for the link that chooses one:
 * once the row's details are shown, the focus moves to their heading (`headingId`).
 */
export function useChosen<T extends { id: string }>(items: T[], param: string, headingId: string) {
  const [params] = useSearchParams();
  const chosen = items.find((x) => x.id === params.get(param));
  const chosenId = chosen?.id;
  const focusOnChoose = useRef(false);
  useEffect(() => {
    if (!chosenId || !focusOnChoose.current) return;
    focusOnChoose.current = false;
    document.getElementById(headingId)?.focus();
  }, [chosenId, headingId]);
  const choose = () => {
    focusOnChoose.current = true;
  };
  return { chosen, choose };
}

/** The link in a row that shows its details (?param=<id>); on the row already shown it moves the focus there. */
export function ChooseLink({
  param,
  id,
  chosen,
  headingId,
  label,
  onChoose,
  children,
}: {
  param: string;
  id: string;
  chosen: boolean;
  headingId: string;
  label: string;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <Link asChild>
      <RouterLink
        to={`?${param}=${encodeURIComponent(id)}`}
        aria-label={label}
        aria-current={chosen ? 'true' : undefined}
        onClick={chosen ? () => focusSoon(`#${headingId}`) : onChoose}
      >
        {children}
      </RouterLink>
    </Link>
  );
}

/**
 * The card of an add-or-change form: its heading (`id`, focused when a change starts), the error that
 * is not about a field, the fields, and the submit button, with "Avbryt" while changing (`onCancel`).
 */
export function FormCard({
  id,
  heading,
  error,
  onSubmit,
  busy,
  submitLabel,
  onCancel,
  children,
}: {
  id: string;
  heading: string;
  error: unknown;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  busy: boolean;
  submitLabel: string;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card className="form-card">
      <Heading level={2} data-size="sm" id={id} tabIndex={-1}>
        {heading}
      </Heading>
      {error !== undefined && <ErrorMessage error={error} level={3} />}
      <form onSubmit={onSubmit} noValidate className="form">
        {children}
        <div className="button-row">
          <Button type="submit" loading={busy} data-color="accent">
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" variant="tertiary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
