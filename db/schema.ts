import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { bool, createdAt, nowIso } from './schema-columns';
import { criteriaTemplates } from './schema-templates';

export * from './schema-templates';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-cased and trimmed; the sign-in key. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['inspector', 'lead', 'admin'] }).notNull(),
    /** argon2id PHC string. */
    passwordHash: text('password_hash').notNull(),
    disabled: bool('disabled'),
    /** Carried in the session token; raising it ends every session of the user. */
    sessionVersion: integer('session_version').notNull().default(1),
    /** Failed sign-ins since the last success (shown to admins; throttling uses sign_in_attempts). */
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    /** Set when an admin issues a one-time password: the user must choose their own at next sign-in. */
    mustChangePassword: bool('must_change_password'),
    lastSignInAt: text('last_sign_in_at'),
    /** When an admin last reset the password: failed sign-ins before it no longer lock the account. */
    signInLockLiftedAt: text('sign_in_lock_lifted_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull().default(nowIso),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), check('users_role_check', sql`${t.role} in ('inspector', 'lead', 'admin')`)],
);

/** One row per signed-in browser: lets idle time, sign-out and "sign out everywhere" be enforced. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: text('last_seen_at').notNull().default(nowIso),
    endedAt: text('ended_at'),
    endedReason: text('ended_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Every sign-in attempt, for throttling by account and by network address. */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: bool('succeeded'),
    at: text('at').notNull().default(nowIso),
  },
  (t) => [index('sign_in_attempts_email_idx').on(t.email, t.at), index('sign_in_attempts_ip_idx').on(t.ip, t.at)],
);

/** Personal API tokens for analysts; only a SHA-256 hash of the token is kept. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the token, so its owner can tell tokens apart. */
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const forces = sqliteTable(
  'forces',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('forces_code_unique').on(t.code)],
);

export const inspections = sqliteTable(
  'inspections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    templateId: integer('template_id')
      .notNull()
      .references(() => criteriaTemplates.id),
    fieldworkStart: text('fieldwork_start'),
    fieldworkEnd: text('fieldwork_end'),
    /** The window the sampled crimes were recorded in (YYYY-MM-DD, inclusive). */
    recordedFrom: text('recorded_from'),
    recordedTo: text('recorded_to'),
    defaultSampleSize: integer('default_sample_size').notNull().default(60),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull().default(nowIso),
  },
  (t) => [uniqueIndex('inspections_slug_unique').on(t.slug), check('inspections_sample_size_check', sql`${t.defaultSampleSize} > 0`)],
);

export const inspectionLeads = sqliteTable(
  'inspection_leads',
  {
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.userId] })],
);

export const inspectionForces = sqliteTable(
  'inspection_forces',
  {
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    forceId: integer('force_id')
      .notNull()
      .references(() => forces.id),
    /** Null: the inspection's default sample size. */
    sampleSize: integer('sample_size'),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.forceId] })],
);

/** How a force's sample was drawn, so the draw can be reproduced and defended. */
export const sampleDraws = sqliteTable(
  'sample_draws',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    forceId: integer('force_id')
      .notNull()
      .references(() => forces.id),
    seed: text('seed').notNull(),
    method: text('method').notNull(),
    sampleSize: integer('sample_size').notNull(),
    populationSize: integer('population_size').notNull(),
    /** SHA-256 of the population file's bytes. */
    populationHash: text('population_hash').notNull(),
    /** JSON: per crime type, population and allocated sample size. */
    strata: text('strata').notNull(),
    drawnBy: integer('drawn_by').references(() => users.id),
    drawnAt: createdAt(),
  },
  (t) => [index('sample_draws_scope_idx').on(t.inspectionId, t.forceId)],
);

export const caseFiles = sqliteTable(
  'case_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    forceId: integer('force_id')
      .notNull()
      .references(() => forces.id),
    crimeReference: text('crime_reference').notNull(),
    crimeType: text('crime_type').notNull(),
    recordedOn: text('recorded_on').notNull(),
    /** Home Office outcome 1–22; null while under investigation. */
    outcome: integer('outcome'),
    /** JSON array of the codes of the template's flags that are set on the file, in template order. */
    flags: text('flags', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** sampled: in the sample; reserve: waiting; replaced: taken out of the sample (see reason). */
    sampleStatus: text('sample_status', { enum: ['sampled', 'reserve', 'replaced'] })
      .notNull()
      .default('sampled'),
    /** Order within the reserve list (per crime type draw order); null for files not on it. */
    reservePosition: integer('reserve_position'),
    replacedReason: text('replaced_reason', { enum: ['unavailable', 'out_of_scope'] }),
    replacedNote: text('replaced_note'),
    replacedAt: text('replaced_at'),
    /** The reserve file that took this file's place. */
    replacementId: integer('replacement_id'),
    drawId: integer('draw_id').references(() => sampleDraws.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('case_files_reference_unique').on(t.inspectionId, t.forceId, t.crimeReference),
    index('case_files_scope_idx').on(t.inspectionId, t.forceId, t.sampleStatus),
    check('case_files_outcome_check', sql`${t.outcome} is null or ${t.outcome} between 1 and 22`),
    check('case_files_status_check', sql`${t.sampleStatus} in ('sampled', 'reserve', 'replaced')`),
  ],
);

/** Who a file is assigned to now (history is in the audit log). */
export const assignments = sqliteTable(
  'assignments',
  {
    caseFileId: integer('case_file_id')
      .primaryKey()
      .references(() => caseFiles.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    assignedBy: integer('assigned_by').references(() => users.id),
    assignedAt: createdAt(),
  },
  (t) => [index('assignments_user_idx').on(t.userId)],
);

export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseFileId: integer('case_file_id')
      .notNull()
      .references(() => caseFiles.id),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    /** review: the fieldwork review; qa: a lead's quality-assurance re-review. */
    kind: text('kind', { enum: ['review', 'qa'] })
      .notNull()
      .default('review'),
    status: text('status', { enum: ['draft', 'submitted', 'returned'] })
      .notNull()
      .default('draft'),
    /** Optimistic lock: every save is `WHERE version = ?` and bumps it. */
    version: integer('version').notNull().default(1),
    returnReason: text('return_reason'),
    returnedBy: integer('returned_by').references(() => users.id),
    returnedAt: text('returned_at'),
    submittedAt: text('submitted_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull().default(nowIso),
  },
  (t) => [
    uniqueIndex('reviews_file_kind_unique').on(t.caseFileId, t.kind),
    index('reviews_reviewer_idx').on(t.reviewerId),
    check('reviews_status_check', sql`${t.status} in ('draft', 'submitted', 'returned')`),
  ],
);

/** A review's answer to one question, as the answers table and the set-aside table both keep it. */
function answerColumns() {
  return {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    questionCode: text('question_code').notNull(),
    /** An option code of the question's scale (built-in: yes, partly, no, na). */
    answer: text('answer').notNull(),
    note: text('note'),
  };
}

export const answers = sqliteTable(
  'answers',
  {
    ...answerColumns(),
    updatedAt: text('updated_at').notNull().default(nowIso),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.questionCode] })],
);

/**
 * Answers whose question stopped applying after a change of the file's facts or of another answer:
 * kept with the review (never lost) and given back if the question applies again; dropped, with an
 * audit row each, only when the review is submitted.
 */
export const setAsideAnswers = sqliteTable(
  'set_aside_answers',
  {
    ...answerColumns(),
    setAsideAt: text('set_aside_at').notNull().default(nowIso),
    setAsideBy: integer('set_aside_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.questionCode] })],
);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(nowIso),
    actorId: integer('actor_id'),
    /** The actor's email at the time, or what was typed for a failed sign-in. */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    inspectionId: integer('inspection_id'),
    caseFileId: integer('case_file_id'),
    /** JSON: old and new values, or other detail. Never a secret. */
    detail: text('detail'),
    ip: text('ip'),
  },
  (t) => [index('audit_events_case_file_idx').on(t.caseFileId, t.id), index('audit_events_entity_idx').on(t.entityType, t.entityId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type Force = typeof forces.$inferSelect;
export type Inspection = typeof inspections.$inferSelect;
export type CaseFile = typeof caseFiles.$inferSelect;
export type NewCaseFile = typeof caseFiles.$inferInsert;
export type Review = typeof reviews.$inferSelect;
export type Answer = typeof answers.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
