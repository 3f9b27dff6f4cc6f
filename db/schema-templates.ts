// The criteria templates' tables (CONTRACTS.md section 5), part of the schema in db/schema.ts.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bool, createdAt } from './schema-columns';

/**
 * A versioned set of criteria (CONTRACTS.md section 5). A draft may be edited and is never offered to
 * an inspection; a published version never changes (triggers refuse it, and refuse any change to a
 * version an inspection uses).
 */
export const criteriaTemplates = sqliteTable(
  'criteria_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['draft', 'published'] })
      .notNull()
      .default('published'),
    /** The version a draft was started from, if any (for comparing). */
    basedOnId: integer('based_on_id'),
    createdBy: integer('created_by'),
    publishedAt: text('published_at'),
    createdAt: createdAt(),
    /** When a draft was last changed. */
    updatedAt: text('updated_at'),
  },
  (t) => [uniqueIndex('criteria_templates_slug_version_unique').on(t.slug, t.version)],
);

/** The crime types a template version's files carry, in order. */
export const templateCrimeTypes = sqliteTable(
  'template_crime_types',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    code: text('code').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.code] })],
);

/** The yes/no flags a template version's files carry, in order (one case-file list column each). */
export const templateFlags = sqliteTable(
  'template_flags',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    code: text('code').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.code] })],
);

/** A template version's own answer scales (the built-in YN, YNA, YPN, YPNA are not stored). */
export const templateScales = sqliteTable(
  'template_scales',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    code: text('code').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.code] })],
);

export const templateScaleOptions = sqliteTable(
  'template_scale_options',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    scaleCode: text('scale_code').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    /** How findings count the option. */
    countsAs: text('counts_as', { enum: ['met', 'partly', 'not_met', 'not_applicable'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.templateId, t.scaleCode, t.code] }),
    check('template_scale_options_counts_as_check', sql`${t.countsAs} in ('met', 'partly', 'not_met', 'not_applicable')`),
  ],
);

/** A template version's themes, in the order the form and the findings show them. */
export const templateThemes = sqliteTable(
  'template_themes',
  {
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.name] })],
);

export const templateQuestions = sqliteTable(
  'template_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    code: text('code').notNull(),
    theme: text('theme').notNull(),
    wording: text('wording').notNull(),
    /** The guidance shown beside the question. */
    hint: text('hint'),
    /** The scale's code: built-in (YN, YNA, YPN, YPNA) or one of the template's own. */
    answerSet: text('answer_set').notNull(),
    /** Legacy: JSON of the old rule shape (domain/rules.ts), read when `rule` is null. */
    appliesWhen: text('applies_when'),
    /** The applies-when rule in the section 6 language; null (and no legacy JSON): always applies. */
    rule: text('rule'),
    /** The met phrase of report sentences; null: the sentence quotes the question. */
    finding: text('finding'),
    isKey: bool('is_key'),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('template_questions_code_unique').on(t.templateId, t.code)],
);

export type CriteriaTemplate = typeof criteriaTemplates.$inferSelect;
export type TemplateQuestionRow = typeof templateQuestions.$inferSelect;
