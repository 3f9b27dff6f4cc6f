import { writeAudit, type Actor, type AuditInput } from './audit';
import { getDb } from './client';
import { conn, prepared, type ReadScope } from './findings';

export type TemplateStatus = 'draft' | 'published';
export type CountsAsCode = 'met' | 'partly' | 'not_met' | 'not_applicable';

/** One version of a criteria template as listed: who, when, how many questions, draft or published. */
export interface TemplateVersionRow {
  id: number;
  slug: string;
  version: number;
  name: string;
  status: TemplateStatus;
  basedOnId: number | null;
  createdBy: number | null;
  createdByName: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string | null;
  questions: number;
  /** Inspections using this version. */
  inspections: number;
}

/** A question as stored: the rule as text (or, for rows from before rules were text, the old JSON). */
export interface StoredTemplateQuestion {
  code: string;
  theme: string;
  wording: string;
  guidance: string | null;
  scale: string;
  rule: string | null;
  /** JSON of the old rule shape (domain/rules.ts), where `rule` is null; null otherwise. */
  legacyRule: string | null;
  finding: string | null;
  key: boolean;
}

/** Everything a template version holds, as stored (not checked: a draft may be incomplete). */
export interface TemplateContent {
  slug: string;
  version: number;
  name: string;
  crimeTypes: { code: string; label: string }[];
  flags: { code: string; label: string }[];
  scales: { code: string; options: { code: string; label: string; countsAs: CountsAsCode }[] }[];
  themes: string[];
  questions: StoredTemplateQuestion[];
}

const VERSION_COLUMNS = `t.id, t.slug, t.version, t.name, t.status, t.based_on_id AS basedOnId, t.created_by AS createdBy,
  (SELECT u.name FROM users u WHERE u.id = t.created_by) AS createdByName, t.published_at AS publishedAt,
  t.created_at AS createdAt, t.updated_at AS updatedAt,
  (SELECT count(*) FROM template_questions q WHERE q.template_id = t.id) AS questions,
  (SELECT count(*) FROM inspections i WHERE i.template_id = t.id) AS inspections`;

/** Every template version, by slug then version. */
export async function listTemplateVersions(scope?: ReadScope): Promise<TemplateVersionRow[]> {
  return prepared(
    conn(scope),
    `SELECT ${VERSION_COLUMNS} FROM criteria_templates t ORDER BY t.slug, t.version`,
  ).all() as TemplateVersionRow[];
}

export async function getTemplateVersion(id: number, scope?: ReadScope): Promise<TemplateVersionRow | undefined> {
  return prepared(conn(scope), `SELECT ${VERSION_COLUMNS} FROM criteria_templates t WHERE t.id = ?`).get(id) as
    TemplateVersionRow | undefined;
}

/** A version by slug and number; without a number, the latest version of that slug (draft or not, as asked). */
export async function findTemplateVersion(
  slug: string,
  version: number | null,
  options: { publishedOnly?: boolean } = {},
  scope?: ReadScope,
): Promise<TemplateVersionRow | undefined> {
  const status = options.publishedOnly ? ` AND t.status = 'published'` : '';
  if (version !== null) {
    return prepared(conn(scope), `SELECT ${VERSION_COLUMNS} FROM criteria_templates t WHERE t.slug = ? AND t.version = ?${status}`).get(
      slug,
      version,
    ) as TemplateVersionRow | undefined;
  }
  return prepared(
    conn(scope),
    `SELECT ${VERSION_COLUMNS} FROM criteria_templates t WHERE t.slug = ?${status} ORDER BY t.version DESC LIMIT 1`,
  ).get(slug) as TemplateVersionRow | undefined;
}

/** The highest version number a slug has (0 when none). */
export async function latestVersionNumber(slug: string): Promise<number> {
  const row = prepared(conn(), `SELECT max(version) AS n FROM criteria_templates WHERE slug = ?`).get(slug) as { n: number | null };
  return row.n ?? 0;
}

/** A template version's whole content, in order. */
export async function getTemplateContent(templateId: number, scope?: ReadScope): Promise<TemplateContent | undefined> {
  const sqlite = conn(scope);
  const head = prepared(sqlite, `SELECT slug, version, name FROM criteria_templates WHERE id = ?`).get(templateId) as
    { slug: string; version: number; name: string } | undefined;
  if (!head) return undefined;
  const crimeTypes = prepared(sqlite, `SELECT code, label FROM template_crime_types WHERE template_id = ? ORDER BY position`).all(
    templateId,
  ) as TemplateContent['crimeTypes'];
  const flags = prepared(sqlite, `SELECT code, label FROM template_flags WHERE template_id = ? ORDER BY position`).all(
    templateId,
  ) as TemplateContent['flags'];
  const scaleRows = prepared(sqlite, `SELECT code FROM template_scales WHERE template_id = ? ORDER BY position`).all(templateId) as {
    code: string;
  }[];
  const optionRows = prepared(
    sqlite,
    `SELECT scale_code AS scaleCode, code, label, counts_as AS countsAs FROM template_scale_options WHERE template_id = ? ORDER BY position`,
  ).all(templateId) as { scaleCode: string; code: string; label: string; countsAs: CountsAsCode }[];
  const themes = (
    prepared(sqlite, `SELECT name FROM template_themes WHERE template_id = ? ORDER BY position`).all(templateId) as { name: string }[]
  ).map((t) => t.name);
  const questions = (
    prepared(
      sqlite,
      `SELECT code, theme, wording, hint AS guidance, answer_set AS scale, rule, applies_when AS legacyRule, finding, is_key AS key
       FROM template_questions WHERE template_id = ? ORDER BY position`,
    ).all(templateId) as (Omit<StoredTemplateQuestion, 'key'> & { key: number })[]
  ).map((q) => ({ ...q, legacyRule: q.rule === null ? q.legacyRule : null, key: q.key === 1 }));
  return {
    ...head,
    crimeTypes,
    flags,
    scales: scaleRows.map((s) => ({
      code: s.code,
      options: optionRows.filter((o) => o.scaleCode === s.code).map(({ code, label, countsAs }) => ({ code, label, countsAs })),
    })),
    themes,
    questions,
  };
}

/** Writes a version's parts (the version must be a draft: the triggers refuse anything else). */
function writeContent(templateId: number, content: TemplateContent): void {
  const sqlite = getDb().$client;
  for (const table of [
    'template_crime_types',
    'template_flags',
    'template_scale_options',
    'template_scales',
    'template_themes',
    'template_questions',
  ])
    sqlite.prepare(`DELETE FROM ${table} WHERE template_id = ?`).run(templateId);
  const crime = sqlite.prepare(`INSERT INTO template_crime_types (template_id, code, label, position) VALUES (?, ?, ?, ?)`);
  content.crimeTypes.forEach((c, i) => crime.run(templateId, c.code, c.label, i));
  const flag = sqlite.prepare(`INSERT INTO template_flags (template_id, code, label, position) VALUES (?, ?, ?, ?)`);
  content.flags.forEach((f, i) => flag.run(templateId, f.code, f.label, i));
  const scale = sqlite.prepare(`INSERT INTO template_scales (template_id, code, position) VALUES (?, ?, ?)`);
  const option = sqlite.prepare(
    `INSERT INTO template_scale_options (template_id, scale_code, code, label, counts_as, position) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  let position = 0;
  content.scales.forEach((s, i) => {
    scale.run(templateId, s.code, i);
    for (const o of s.options) option.run(templateId, s.code, o.code, o.label, o.countsAs, position++);
  });
  const theme = sqlite.prepare(`INSERT INTO template_themes (template_id, name, position) VALUES (?, ?, ?)`);
  content.themes.forEach((t, i) => theme.run(templateId, t, i));
  const question = sqlite.prepare(
    `INSERT INTO template_questions (template_id, code, theme, wording, hint, answer_set, rule, applies_when, finding, is_key, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  content.questions.forEach((q, i) =>
    question.run(templateId, q.code, q.theme, q.wording, q.guidance, q.scale, q.rule, q.legacyRule, q.finding, q.key ? 1 : 0, i),
  );
}

export interface NewVersion {
  status: TemplateStatus;
  createdBy: number | null;
  basedOnId?: number | null;
}

/**
 * Stores a new template version, with its audit row, in one transaction. It is written as a draft
 * and then published when asked, so the guards on published versions never need lifting.
 */
export function insertTemplateVersion(content: TemplateContent, version: NewVersion, actor: Actor, audit: AuditInput): number {
  const db = getDb();
  return db.transaction((tx) => {
    const sqlite = db.$client;
    const { id } = sqlite
      .prepare(
        `INSERT INTO criteria_templates (slug, version, name, status, based_on_id, created_by, updated_at)
         VALUES (?, ?, ?, 'draft', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) RETURNING id`,
      )
      .get(content.slug, content.version, content.name, version.basedOnId ?? null, version.createdBy) as { id: number };
    writeContent(id, content);
    if (version.status === 'published') publish(id);
    writeAudit(tx, actor, { ...audit, entityType: 'criteria_template', entityId: id });
    return id;
  });
}

function publish(id: number): void {
  getDb()
    .$client.prepare(
      `UPDATE criteria_templates SET status = 'published', published_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'draft'`,
    )
    .run(id);
}

/** Replaces a draft's content (name included), with its audit row. False when it is not a draft (nothing changes). */
export function replaceDraftContent(id: number, content: TemplateContent, actor: Actor, audit: AuditInput): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    const sqlite = db.$client;
    const changed = sqlite
      .prepare(
        `UPDATE criteria_templates SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND status = 'draft'`,
      )
      .run(content.name, id).changes;
    if (changed === 0) return false;
    writeContent(id, content);
    writeAudit(tx, actor, { ...audit, entityType: 'criteria_template', entityId: id });
    return true;
  });
}

/** Publishes a draft, with its audit row. False when it was not a draft. */
export function publishDraft(id: number, actor: Actor, audit: AuditInput): boolean {
  const db = getDb();
  return db.transaction((tx) => {
    const row = db.$client.prepare(`SELECT status FROM criteria_templates WHERE id = ?`).get(id) as { status: string } | undefined;
    if (row?.status !== 'draft') return false;
    publish(id);
    writeAudit(tx, actor, { ...audit, entityType: 'criteria_template', entityId: id });
    return true;
  });
}
