import { Button, Heading, Link, Paragraph, Spinner, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { withQuery } from '../../api/client.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { formatDay } from '../../lib/format.ts';
import type { RakelReply } from './api.ts';
import { useRakel } from './RakelContext.tsx';

export const RAKEL_INPUT_ID = 'rakel-question';

/** Bring the cursor to Rakel's question field (a "Spør Rakel" link on the page). */
export const focusRakel = () =>
  requestAnimationFrame(() => {
    const input = document.getElementById(RAKEL_INPUT_ID);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  });

/**
 * Rakel's chat: the conversation as a log (read out as it grows), the question field (Enter sends,
 * the cursor stays in it) and "Ny samtale". Each answer shows its sources, the user's devices and
 * tickets, suggested replies, a ticket offered or created, and "Nyttig / Ikke nyttig".
 */
export function RakelPanel() {
  const { t } = useTranslation();
  const rakel = useRakel();
  const { hash } = useLocation();
  const [question, setQuestion] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const last = rakel.messages.at(-1);

  const focusInput = () => requestAnimationFrame(() => inputRef.current?.focus());

  // "Spør Rakel" links (…#rakel) bring the cursor to the question (after the page's own focus move).
  useEffect(() => {
    if (hash !== '#rakel') return;
    const id = requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(id);
  }, [hash]);

  // The newest question at the top of the log, with as much of its answer as fits below it.
  const count = rakel.messages.length;
  useEffect(() => {
    const log = logRef.current;
    if (!log || count === 0) return;
    const asked = [...log.querySelectorAll('.rakel-msg--user')].at(-1);
    if (asked) log.scrollTop += asked.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
    else log.scrollTop = log.scrollHeight;
  }, [count]);

  const ask = (text: string) => {
    void rakel.send(text);
    focusInput();
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (rakel.busy || !question.trim()) return;
    const text = question;
    setQuestion('');
    ask(text);
  };

  return (
    <section aria-labelledby="rakel-heading" className="rakel section" id="rakel">
      <div className="rakel__head">
        <Heading level={2} data-size="sm" id="rakel-heading">
          {t('knowledge.rakel.heading')}
        </Heading>
        {count > 0 && (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              rakel.reset();
              setQuestion('');
              focusInput();
            }}
          >
            {t('knowledge.rakel.newConversation')}
          </Button>
        )}
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('knowledge.rakel.intro')}
      </Paragraph>
      <div
        ref={logRef}
        role="log"
        aria-live="polite"
        aria-label={t('knowledge.rakel.log')}
        className="rakel__log"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, and keyboard users must be able to scroll it
        tabIndex={0}
      >
        {count === 0 ? (
          <p className="rakel__empty muted">{t('knowledge.rakel.empty')}</p>
        ) : (
          <ol className="rakel__messages">
            {rakel.messages.map((m) => (
              <li key={m.id} className={`rakel-msg rakel-msg--${m.role}`} data-role={m.role}>
                <span className="rakel-msg__who">
                  {m.role === 'user' ? t('knowledge.rakel.you') : t('knowledge.rakel.name')}
                  <span className="visually-hidden">:</span>
                </span>
                {m.reply ? (
                  <Answer reply={m.reply} latest={m === last && !rakel.busy} onReply={ask} />
                ) : (
                  <p className="rakel-msg__text">{m.text}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div role="status" className="rakel__status">
        {rakel.busy && (
          <>
            <Spinner aria-hidden="true" data-size="xs" /> {t('knowledge.rakel.thinking')}
          </>
        )}
      </div>
      {rakel.error !== undefined && <ErrorMessage error={rakel.error} level={3} />}
      <form className="rakel__form" onSubmit={submit} noValidate>
        <Textfield
          ref={inputRef}
          id={RAKEL_INPUT_ID}
          label={t('knowledge.rakel.input')}
          name="question"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          autoComplete="off"
          maxLength={1000}
          className="rakel__input"
        />
        <Button type="submit" data-color="accent" aria-disabled={rakel.busy || undefined}>
          {t('knowledge.rakel.send')}
        </Button>
      </form>
    </section>
  );
}

/** A link to a page of the app (`url` is a path such as /knowledge/articles/glemt-passord). */
function AppLink({ url, children }: { url: string; children: ReactNode }) {
  return (
    <Link asChild>
      <RouterLink to={url}>{children}</RouterLink>
    </Link>
  );
}

/** What Rakel answered, with what the answer brings along. */
function Answer({ reply, latest, onReply }: { reply: RakelReply; latest: boolean; onReply: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const final = reply.kind !== 'dialogue' || reply.quickReplies.length === 0;
  return (
    <div className="rakel-msg__body">
      {/* Rakel speaks Norwegian, whatever the UI's language */}
      <p className="rakel-msg__text" lang="nb">
        {reply.text}
      </p>
      {reply.devices.length > 0 && (
        <ul className="rakel-msg__list" aria-label={t('knowledge.rakel.devices')}>
          {reply.devices.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an answer's devices are shown as they came
            <li key={i} data-device={d.name ?? ''}>
              <span className="rakel-device__name">{d.name ?? t(`devices.kinds.${d.kind}`, d.kind)}</span>
              {d.model && <> ({d.model})</>}
              {d.expiresOn && (
                <>
                  {' – '}
                  {t(d.expired ? 'knowledge.rakel.expired' : 'knowledge.rakel.expires', {
                    date: formatDay(d.expiresOn, lng),
                  })}
                </>
              )}
              {d.expired && (
                <>
                  {' '}
                  <Tag data-color="warning" data-size="sm">
                    {t('knowledge.rakel.dueForReplacement')}
                  </Tag>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {reply.tickets.length > 0 && (
        <ul className="rakel-msg__list" aria-label={t('knowledge.rakel.tickets')}>
          {reply.tickets.map((x) => (
            <li key={x.id}>
              <AppLink url={x.url}>{t('knowledge.rakel.ticket', { number: x.number, subject: x.subject })}</AppLink>
              {' – '}
              <span lang="nb">{x.status}</span>
            </li>
          ))}
        </ul>
      )}
      {reply.sources.length > 0 && (
        <ul className="rakel-msg__list rakel-sources" aria-label={t('knowledge.rakel.sources')}>
          {reply.sources.map((s) => (
            <li key={`${s.articleId}-${s.heading ?? ''}`}>
              {t('knowledge.rakel.source')}{' '}
              <AppLink url={s.url}>{s.heading ? `${s.title} – ${s.heading}` : s.title}</AppLink>
            </li>
          ))}
        </ul>
      )}
      {reply.ticketOffer && (
        <p className="rakel-msg__action">
          <AppLink
            url={withQuery('/portal/report', {
              subject: reply.ticketOffer.subject,
              description: reply.ticketOffer.description,
            })}
          >
            {t('knowledge.rakel.makeTicket')}
          </AppLink>
        </p>
      )}
      {reply.createdTicket && (
        <p className="rakel-msg__action">
          <AppLink url={reply.createdTicket.url}>
            {t('knowledge.rakel.openTicket', { number: reply.createdTicket.number })}
          </AppLink>
        </p>
      )}
      {latest && reply.quickReplies.length > 0 && (
        <ul className="rakel-replies" aria-label={t('knowledge.rakel.quickReplies')}>
          {reply.quickReplies.map((q) => (
            <li key={q.value}>
              <Button type="button" variant="secondary" data-size="sm" onClick={() => onReply(q.value)} lang="nb">
                {q.label}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {final && <Feedback turnId={reply.turnId} />}
    </div>
  );
}

/** "Var svaret nyttig?" – once chosen, thanks. */
function Feedback({ turnId }: { turnId: string }) {
  const { t } = useTranslation();
  const { ratings, rate } = useRakel();
  const [busy, setBusy] = useState<boolean>();
  const [error, setError] = useState<unknown>();
  const rated = ratings[turnId];
  const choose = async (helpful: boolean) => {
    if (busy !== undefined) return;
    setBusy(helpful);
    setError(undefined);
    try {
      await rate(turnId, helpful);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="rakel-feedback">
      {/* biome-ignore lint/a11y/useSemanticElements: a pair of buttons named by its question, not a form part */}
      <div role="group" aria-label={t('knowledge.rakel.wasHelpful')} className="rakel-feedback__buttons">
        <span aria-hidden="true" className="rakel-feedback__question">
          {t('knowledge.rakel.wasHelpful')}
        </span>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-pressed={rated === true}
          loading={busy === true}
          onClick={() => void choose(true)}
        >
          {t('knowledge.rakel.helpful')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          aria-pressed={rated === false}
          loading={busy === false}
          onClick={() => void choose(false)}
        >
          {t('knowledge.rakel.notHelpful')}
        </Button>
      </div>
      {rated !== undefined && <span className="rakel-feedback__thanks">{t('knowledge.rakel.thanks')}</span>}
      {error !== undefined && <ErrorMessage error={error} level={4} />}
    </div>
  );
}
