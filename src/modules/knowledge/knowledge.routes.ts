import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../../app/auth/middleware.ts';
import type { AppContext } from '../../app/context.ts';
import { AppError } from '../../app/errors.ts';
import { commonErrors, cookieAuth, IdParam, jsonBody, jsonResponse } from '../../app/openapi.ts';
import { newRouter } from '../../app/router.ts';
import { jsonRoutes } from '../../app/routes.ts';
import * as articles from './articles.service.ts';
import {
  ArticleInputSchema,
  AskInputSchema,
  BotAskInputSchema,
  BotInputSchema,
  BotPatchSchema,
  FeedbackInputSchema,
  ImageInputSchema,
  ImportInputSchema,
  IntentExamplesSchema,
  IntentParam,
  KnowledgeViewSchema,
  ManageQuery,
  MonthQuery,
  PeriodQuery,
  SearchQuery,
  SettingsInputSchema,
  SlugParam,
  StatusInputSchema,
  SynonymInputSchema,
} from './knowledge.schemas.ts';
import { botAsk, createBot, listBots, setBotActive } from './rakel/bots.service.ts';
import { ask, rateTurn } from './rakel/rakel.service.ts';
import { articleTags, portalSearch } from './search.service.ts';
import { saveSettings, settingsView } from './settings.service.ts';
import { readArticle, unansweredQuestions, usageOfMonth } from './usage.service.ts';
import * as vocabulary from './vocabulary.service.ts';

/** Imports carry whole files; the HTTP layer lets this path be large. */
export const isKnowledgeUpload = (path: string) =>
  path === '/api/knowledge/manage/import' || path === '/api/knowledge/manage/images';

/** The bot endpoint answers without a session: the bot has its own token. */
export const isPublicKnowledgePath = (path: string) => path === '/api/rakel/bot/messages';

export function knowledgeRoutes(ctx: AppContext) {
  const app = newRouter();
  const { route } = jsonRoutes(app, ['Knowledge'], KnowledgeViewSchema);
  const db = ctx.db;
  const now = () => ctx.now();
  const as = <T>(v: unknown) => v as any as T;

  // ---- the portal (every signed-in user) ----
  route(
    'get',
    '/api/knowledge/articles',
    'Search (q) or browse the published articles the user may read',
    (a, v) => portalSearch(db, a, as(v.query), now()),
    { query: SearchQuery },
  );
  route('get', '/api/knowledge/tags', 'Tags of the articles the user may read', (a) => articleTags(db, a));
  route(
    'get',
    '/api/knowledge/articles/{slug}',
    'Read a published article by address or id (counted as a view)',
    (a, v) => readArticle(db, a, v.param.slug as string, now()),
    { params: SlugParam },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/knowledge/images/{id}',
      tags: ['Knowledge'],
      summary: 'An image of an article',
      security: cookieAuth,
      request: { params: IdParam },
      responses: {
        200: { description: 'The image', content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } } },
        ...commonErrors,
      },
    }),
    (async (c: any) => {
      const img = await articles.articleImage(db, actorOf(c), c.req.valid('param').id);
      c.header('Content-Type', img.mediaType);
      c.header('Cache-Control', 'private, max-age=86400, immutable');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(new Uint8Array(img.body), 200);
    }) as never,
  );

  // ---- Rakel ----
  route(
    'post',
    '/api/rakel/messages',
    'Ask Rakel (a new conversation, or the next message of one)',
    (a, v, r) => ask(db, a, as(v.json), now(), 'portal', r),
    { body: AskInputSchema },
  );
  route(
    'post',
    '/api/rakel/turns/{id}/feedback',
    'Say whether an answer helped',
    (a, v) => rateTurn(db, a, v.param.id, as<{ helpful: boolean }>(v.json).helpful, now()),
    { id: true, body: FeedbackInputSchema },
  );
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/rakel/bot/messages',
    tags: ['Knowledge'],
    summary: 'Ask Rakel on behalf of a user (a Teams bot)',
    description:
      'Authenticate with `Authorization: Bearer <bot token>`; `userEmail` names the signed-in Teams user Rakel answers as. Links in the answer are absolute.',
    security: [{ botToken: [] }],
    request: { body: jsonBody(BotAskInputSchema) },
    responses: { 200: jsonResponse(KnowledgeViewSchema, 'Rakel’s answer'), ...commonErrors },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'botToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token an administrator got when registering the bot.',
  });
  app.post('/api/rakel/bot/messages', async (c) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) throw new AppError('unauthenticated', 'Send the bot token as "Authorization: Bearer <token>".');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: { code: 'bad_request', message: 'The body is not JSON.' } }, 400);
    }
    const parsed = BotAskInputSchema.safeParse(body);
    if (!parsed.success) {
      return c.json(
        {
          error: {
            code: 'validation_failed',
            message: 'The request is invalid.',
            issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code })),
          },
        },
        400,
      );
    }
    return c.json(await botAsk(db, token, parsed.data, now(), ctx.config.publicUrl, c.get('requestId')), 200);
  });

  // ---- editors ----
  route(
    'get',
    '/api/knowledge/manage/articles',
    'Every article with drafts and archived ones (editors)',
    (a, v) => articles.listManagedArticles(db, a, as(v.query), now()),
    { query: ManageQuery },
  );
  route(
    'post',
    '/api/knowledge/manage/articles',
    'Write a new article (a draft)',
    (a, v, r) => articles.createArticle(db, a, as(v.json), now(), r),
    { body: ArticleInputSchema, status: 201 },
  );
  route(
    'get',
    '/api/knowledge/manage/articles/{id}',
    'An article as its editors see it',
    (a, v) => articles.getArticle(db, a, v.param.id, now()),
    { id: true },
  );
  route(
    'put',
    '/api/knowledge/manage/articles/{id}',
    'Change an article (a published one is re-indexed at once)',
    (a, v, r) => articles.updateArticle(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: ArticleInputSchema },
  );
  route(
    'post',
    '/api/knowledge/manage/articles/{id}/status',
    'Publish, take back to draft, or archive an article',
    (a, v, r) => articles.setArticleStatus(db, a, v.param.id, as<{ status: 'draft' }>(v.json).status, now(), r),
    { id: true, body: StatusInputSchema },
  );
  route('get', '/api/knowledge/manage/review', 'Articles past (or near) their review date', (a) =>
    articles.reviewList(db, a, now()),
  );
  route(
    'post',
    '/api/knowledge/manage/import',
    'Import articles from HTML or Markdown files (each file its own result)',
    (a, v, r) => articles.importArticles(db, a, as(v.json), now(), r),
    { body: ImportInputSchema },
  );
  route(
    'post',
    '/api/knowledge/manage/images',
    'Upload an image for an article body (PNG, JPEG, GIF, WebP; ≤ 5 MB)',
    (a, v, r) => articles.uploadImage(db, a, as(v.json), now(), r),
    { body: ImageInputSchema, status: 201 },
  );
  route('get', '/api/knowledge/manage/synonyms', 'Synonyms and misspellings search knows', (a) =>
    vocabulary.listSynonyms(db, a),
  );
  route(
    'post',
    '/api/knowledge/manage/synonyms',
    'Add synonyms (equal words) or a misspelling (the right word first)',
    (a, v, r) => vocabulary.saveSynonym(db, a, null, as(v.json), now(), r),
    { body: SynonymInputSchema, status: 201 },
  );
  route(
    'put',
    '/api/knowledge/manage/synonyms/{id}',
    'Change a synonym entry',
    (a, v, r) => vocabulary.saveSynonym(db, a, v.param.id, as(v.json), now(), r),
    { id: true, body: SynonymInputSchema },
  );
  route(
    'delete',
    '/api/knowledge/manage/synonyms/{id}',
    'Delete a synonym entry',
    (a, v, r) => vocabulary.deleteSynonym(db, a, v.param.id, r),
    { id: true },
  );
  route('get', '/api/knowledge/manage/intents', 'Rakel’s dialogues and the example phrases she knows them by', (a) =>
    vocabulary.listIntents(db, a),
  );
  route(
    'put',
    '/api/knowledge/manage/intents/{intent}',
    'Replace the example phrases of one dialogue',
    (a, v, r) =>
      vocabulary.saveIntentExamples(db, a, v.param.intent as never, as<{ examples: string[] }>(v.json).examples, r),
    { params: IntentParam, body: IntentExamplesSchema },
  );
  route(
    'get',
    '/api/knowledge/usage',
    'Usage figures of a month: views, unique visitors, since launch, top articles, zero-result searches, Rakel',
    (a, v) => usageOfMonth(db, a, as<{ month: string }>(v.query).month, now()),
    { query: MonthQuery },
  );
  route(
    'get',
    '/api/knowledge/unanswered',
    'Questions Rakel could not answer in a period, most asked first',
    (a, v) => unansweredQuestions(db, a, as(v.query)),
    { query: PeriodQuery },
  );
  route('get', '/api/knowledge/settings', 'Retention limits and the model endpoint (administrators)', (a) =>
    settingsView(db, a, now()),
  );
  route(
    'put',
    '/api/knowledge/settings',
    'Change retention limits or the model endpoint (leave the key out to keep it)',
    (a, v, r) => saveSettings(db, a, as(v.json), now(), r),
    { body: SettingsInputSchema },
  );
  route('get', '/api/knowledge/bots', 'Bots that ask Rakel for users (administrators)', (a) => listBots(db, a));
  route(
    'post',
    '/api/knowledge/bots',
    'Register a bot; its token is shown this once',
    (a, v, r) => createBot(db, a, as(v.json), now(), r),
    { body: BotInputSchema, status: 201 },
  );
  route(
    'patch',
    '/api/knowledge/bots/{id}',
    'Switch a bot on or off',
    (a, v, r) => setBotActive(db, a, v.param.id, as<{ active: boolean }>(v.json).active, r),
    { id: true, body: BotPatchSchema },
  );

  return app;
}
