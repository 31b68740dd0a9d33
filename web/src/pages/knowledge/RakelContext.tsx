import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../session/SessionContext.tsx';
import { knowledgeApi, type RakelReply } from './api.ts';

interface Message {
  id: string;
  role: 'user' | 'rakel';
  text: string;
  reply?: RakelReply;
}

interface RakelApi {
  messages: Message[];
  busy: boolean;
  error: unknown;
  /** the answers rated so far: helpful or not */
  ratings: Record<string, boolean>;
  send: (text: string) => Promise<void>;
  rate: (turnId: string, helpful: boolean) => Promise<void>;
  reset: () => void;
}

const Ctx = createContext<RakelApi | undefined>(undefined);

let nextId = 0;
const messageId = () => `m${++nextId}`;

/**
 * The conversation with Rakel, kept while the signed-in user moves around the app (an article, a
 * ticket Rakel linked to, and back): each answer names the conversation the next question continues.
 * Another user signing in starts with none.
 */
export function RakelProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const [messages, setMessages] = useState<Message[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [ratings, setRatings] = useState<Record<string, boolean>>({});
  const conversation = useRef<string | undefined>(undefined);
  const busyRef = useRef(false);
  /** a new conversation drops the answer still on its way to the old one */
  const generation = useRef(0);

  const send = useCallback(async (raw: string) => {
    const text = raw.trim();
    if (!text || busyRef.current) return;
    const gen = generation.current;
    busyRef.current = true;
    setBusy(true);
    setError(undefined);
    setMessages((xs) => [...xs, { id: messageId(), role: 'user', text }]);
    try {
      let reply: RakelReply;
      try {
        reply = await knowledgeApi.ask(text, conversation.current);
      } catch (err) {
        // a conversation past its retention limit is gone: the question starts a new one
        if (!(err instanceof ApiError && err.status === 404 && conversation.current)) throw err;
        conversation.current = undefined;
        reply = await knowledgeApi.ask(text);
      }
      if (gen !== generation.current) return;
      conversation.current = reply.conversationId;
      setMessages((xs) => [...xs, { id: messageId(), role: 'rakel', text: reply.text, reply }]);
    } catch (err) {
      if (gen === generation.current) setError(err);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  const rate = useCallback(async (turnId: string, helpful: boolean) => {
    await knowledgeApi.feedback(turnId, helpful);
    setRatings((r) => ({ ...r, [turnId]: helpful }));
  }, []);

  const reset = useCallback(() => {
    generation.current += 1;
    conversation.current = undefined;
    setMessages([]);
    setError(undefined);
    setRatings({});
  }, []);

  // a new user (or none) does not see the last one's conversation
  const userId = user?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of user is what resets
  useEffect(() => reset(), [userId, reset]);

  const value = useMemo<RakelApi>(
    () => ({ messages, busy, error, ratings, send, rate, reset }),
    [messages, busy, error, ratings, send, rate, reset],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useRakel(): RakelApi {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useRakel outside RakelProvider');
  return ctx;
}
