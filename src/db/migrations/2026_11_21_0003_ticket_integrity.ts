import { type Kysely, sql } from 'kysely';

/**
 * The references a ticket import writes millions of are checked once per statement instead of once
 * per row.
 *
 * A foreign key runs one look-up with a row lock per row and key: a first import of a million
 * Pureservice tickets (three keys each: cooperation, category, member) and their history events (one
 * key: ticket) ran several million of them, two fifths of its time. The statement triggers below
 * check all rows of an INSERT or UPDATE at once — a join of the statement's distinct references
 * against the parents' primary keys — and are stricter than the keys were: a ticket's member and
 * category, and an event's ticket, must belong to the ticket's (the event's) cooperation.
 *
 * - ticket → cooperation, member, category: the distinct parents a statement names are locked FOR KEY
 *   SHARE, as a foreign key locks them (a handful per statement instead of one per row), so a
 *   concurrent delete waits; deleting or re-keying a parent that tickets refer to is refused.
 * - ticket_event → ticket: deleting or re-keying a ticket that has history is refused. Tickets are
 *   never deleted (history is append-only), so the event check takes no locks.
 * The other references of ticket (requester, team, assignee, catalogue item, duplicate) stay foreign
 * keys: imports leave them empty, and an empty key costs nothing.
 */
/** The references checked by the triggers below, child table → parent table (backups load parents first). */
export const checkedReferences: [child: string, parent: string][] = [
  ['ticket', 'cooperation'],
  ['ticket', 'member'],
  ['ticket', 'sd_category'],
  ['ticket_event', 'ticket'],
];

const statements = [
  `alter table ticket_event drop constraint ticket_event_ticket_id_fkey`,
  `alter table ticket drop constraint ticket_cooperation_id_fkey`,
  `alter table ticket drop constraint ticket_member_id_fkey`,
  `alter table ticket drop constraint ticket_category_id_fkey`,

  `create function ticket_refs_check() returns trigger language plpgsql as $$
  declare
    bad record;
  begin
    perform 1 from cooperation c where c.id in (select cooperation_id from new_rows) for key share;
    perform 1 from member m where m.id in (select member_id from new_rows) for key share;
    perform 1 from sd_category k where k.id in (select category_id from new_rows) for key share;
    select n.*,
        not exists (select 1 from cooperation c where c.id = n.cooperation_id) as no_cooperation,
        n.member_id is not null and not exists (
          select 1 from member m where m.id = n.member_id and m.cooperation_id = n.cooperation_id) as no_member
      into bad
    from (select distinct cooperation_id, member_id, category_id from new_rows) n
    where not exists (select 1 from cooperation c where c.id = n.cooperation_id)
      or (n.member_id is not null and not exists (
        select 1 from member m where m.id = n.member_id and m.cooperation_id = n.cooperation_id))
      or (n.category_id is not null and not exists (
        select 1 from sd_category k where k.id = n.category_id and k.cooperation_id = n.cooperation_id))
    limit 1;
    if found then
      raise exception '%', case
          when bad.no_cooperation then format('ticket refers to cooperation %s, which does not exist', bad.cooperation_id)
          when bad.no_member then format('ticket refers to member %s, which does not exist in its cooperation', bad.member_id)
          else format('ticket refers to category %s, which does not exist in its cooperation', bad.category_id) end
        using errcode = 'foreign_key_violation', table = 'ticket', constraint = 'ticket_refs_check';
    end if;
    return null;
  end $$`,
  `create trigger ticket_refs_check_ins after insert on ticket
    referencing new table as new_rows for each statement execute function ticket_refs_check()`,
  `create trigger ticket_refs_check_upd after update on ticket
    referencing new table as new_rows for each statement execute function ticket_refs_check()`,

  `create function ticket_event_refs_check() returns trigger language plpgsql as $$
  declare
    missing uuid;
  begin
    select n.ticket_id into missing
    from (select distinct ticket_id, cooperation_id from new_rows) n
    where not exists (select 1 from ticket t where t.id = n.ticket_id and t.cooperation_id = n.cooperation_id)
    limit 1;
    if found then
      raise exception 'ticket_event refers to ticket %, which does not exist in its cooperation', missing
        using errcode = 'foreign_key_violation', table = 'ticket_event', constraint = 'ticket_event_refs_check';
    end if;
    return null;
  end $$`,
  `create trigger ticket_event_refs_check_ins after insert on ticket_event
    referencing new table as new_rows for each statement execute function ticket_event_refs_check()`,
  `create trigger ticket_event_refs_check_upd after update on ticket_event
    referencing new table as new_rows for each statement execute function ticket_event_refs_check()`,

  // the other half of those references: a parent still referred to is not deleted, nor re-keyed
  `create function refuse_delete_referenced() returns trigger language plpgsql as $$
  declare
    used boolean;
  begin
    execute format('select exists (select 1 from %I where %I = $1)', tg_argv[0], tg_argv[1]) into used using old.id;
    if used then
      raise exception '% % is referred to by %.% and cannot be deleted or given another id',
          tg_table_name, old.id, tg_argv[0], tg_argv[1]
        using errcode = 'foreign_key_violation', table = tg_table_name, constraint = tg_argv[0] || '_refs_check';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
  end $$`,
  `create trigger ticket_keep_history before delete or update of id on ticket
    for each row execute function refuse_delete_referenced('ticket_event', 'ticket_id')`,
  `create trigger member_keep_tickets before delete or update of id on member
    for each row execute function refuse_delete_referenced('ticket', 'member_id')`,
  `create trigger sd_category_keep_tickets before delete or update of id on sd_category
    for each row execute function refuse_delete_referenced('ticket', 'category_id')`,
  `create trigger cooperation_keep_tickets before delete or update of id on cooperation
    for each row execute function refuse_delete_referenced('ticket', 'cooperation_id')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
