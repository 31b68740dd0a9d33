// Alerts to system owners (varsling): which rules fire for an event, and what the Teams card says. Pure.
import { PUBLIC_URL_TOKEN } from '../mail/outbox.repository.ts';
import type { NotifyEvent } from './tables.ts';

export interface RuleLike {
  id: string;
  event: NotifyEvent;
  priorities: string[];
  member_ids: string[];
  email: boolean;
  teams_webhook_url: string | null;
}

export interface AlertEvent {
  event: NotifyEvent;
  /** incident priority; messages have none */
  priority?: string;
  /** members affected; empty: every member */
  memberIds: string[];
}

/**
 * The rules that fire, each with the members it alerts for: an incident rule fires for the
 * priorities it names; a rule limited to members fires only when one of them is affected (an event
 * for every member affects them all).
 */
export function firingRules<R extends RuleLike>(rules: R[], e: AlertEvent, allMemberIds: string[]) {
  const affected = e.memberIds.length > 0 ? e.memberIds : allMemberIds;
  const out: { rule: R; memberIds: string[] }[] = [];
  for (const rule of rules) {
    if (rule.event !== e.event) continue;
    if (e.event === 'incident_opened' && !rule.priorities.includes(e.priority ?? '')) continue;
    const memberIds = rule.member_ids.length > 0 ? affected.filter((m) => rule.member_ids.includes(m)) : affected;
    if (memberIds.length === 0) continue;
    out.push({ rule, memberIds });
  }
  return out;
}

export interface AlertText {
  title: string;
  summary: string;
  facts: { title: string; value: string }[];
  /** a link path under {{publicUrl}} */
  link: string;
  severe: boolean;
}

/**
 * A Teams incoming-webhook message: an Adaptive Card, which both the Workflows webhook and the
 * older Office 365 connector accept.
 */
export function teamsCard(a: AlertText) {
  return {
    type: 'message',
    summary: a.title,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: a.title,
              weight: 'Bolder',
              size: 'Medium',
              wrap: true,
              color: a.severe ? 'Attention' : 'Default',
            },
            { type: 'TextBlock', text: a.summary, wrap: true },
            { type: 'FactSet', facts: a.facts },
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Åpne i Samdrift', url: `${PUBLIC_URL_TOKEN}${a.link}` }],
        },
      },
    ],
  };
}
