import type { Actor } from '../../app/auth/roles.ts';
import type { Db } from '../../db/database.ts';
import { nbCollator } from '../../shared/collate.ts';
import { listCatalogue, listCategories, listStatuses, listTeams } from './config.repository.ts';
import { isAgent } from './tickets.policy.ts';

function listAgents(db: Db, cooperationId: string) {
  return db
    .selectFrom('app_user')
    .select(['app_user.id', 'app_user.name'])
    .where('app_user.cooperation_id', '=', cooperationId)
    .where('app_user.active', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_role')
          .select('user_role.id')
          .whereRef('user_role.user_id', '=', 'app_user.id')
          .where('user_role.role', 'in', ['agent', 'admin']),
      ),
    )
    .execute();
}

/** What the portal and the workspace need to render forms: statuses, categories, teams, catalogue. */
export async function serviceDeskConfig(db: Db, actor: Actor) {
  const agent = isAgent(actor);
  const [statuses, categories, teams, catalogue, agents] = await Promise.all([
    listStatuses(db, actor.cooperationId),
    listCategories(db, actor.cooperationId),
    listTeams(db, actor.cooperationId),
    listCatalogue(db, actor.cooperationId),
    agent ? listAgents(db, actor.cooperationId) : Promise.resolve([]),
  ]);
  return {
    statuses: statuses.map((s) => ({ key: s.key, name: s.name, coreState: s.core_state, pausesSla: s.pauses_sla })),
    categories: categories
      .filter((c) => agent || c.active)
      .map((c) => ({ id: c.id, parentId: c.parent_id, name: c.name, active: c.active })),
    teams: teams.map((t) => ({ id: t.id, name: t.name, active: t.active })),
    catalogue: catalogue
      .filter((i) => i.active)
      .map((i) => ({
        id: i.id,
        name: i.name,
        description: i.description,
        categoryId: i.category_id,
        included: i.included,
        priceOre: i.price_ore,
        priceUnit: i.price_unit,
        formFields: i.form_fields,
      })),
    agents: agents.sort((a, b) => nbCollator.compare(a.name, b.name)),
  };
}
