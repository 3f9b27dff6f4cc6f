import { and, eq, sql } from 'drizzle-orm';
import { writeAudit } from './audit';
import { insertTemplateVersion, type TemplateContent } from './templates';
import { getDb, type Db } from './client';
import {
  caseFiles,
  criteriaTemplates,
  forces,
  inspectionForces,
  inspectionLeads,
  inspections,
  users,
  type NewCaseFile,
  type NewUser,
} from './schema';

const SYSTEM = { id: null, label: 'system (seed)' };

/** Inserts any of the forces not already there. Returns how many were added. */
export function seedForces(db: Db, list: readonly { code: string; name: string }[]): number {
  let added = 0;
  db.transaction((tx) => {
    list.forEach((force, position) => {
      const result = tx.insert(forces).values({ code: force.code, name: force.name, position }).onConflictDoNothing().run();
      added += result.changes;
    });
  });
  return added;
}

/** Inserts a published template version unless that slug and version exist. Returns its id. */
export function seedTemplate(content: TemplateContent): number {
  const existing = getDb()
    .select({ id: criteriaTemplates.id })
    .from(criteriaTemplates)
    .where(and(eq(criteriaTemplates.slug, content.slug), eq(criteriaTemplates.version, content.version)))
    .get();
  if (existing) return existing.id;
  return insertTemplateVersion(content, { status: 'published', createdBy: null }, SYSTEM, {
    action: 'template.created',
    entityType: 'criteria_template',
    detail: { slug: content.slug, version: content.version, source: 'seed' },
  });
}

/** Creates accounts only when there are none at all. Returns the accounts created. */
export function seedUsersIfNone(db: Db, accounts: readonly NewUser[]): NewUser[] {
  return db.transaction((tx) => {
    const count =
      tx
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .get()?.n ?? 0;
    if (count > 0) return [];
    for (const account of accounts) {
      const created = tx.insert(users).values(account).returning({ id: users.id }).get();
      writeAudit(tx, SYSTEM, {
        action: 'user.created',
        entityType: 'user',
        entityId: created.id,
        detail: { email: account.email, name: account.name, role: account.role },
      });
    }
    return [...accounts];
  });
}

export interface DemoInspection {
  slug: string;
  name: string;
  templateId: number;
  fieldworkStart: string;
  fieldworkEnd: string;
  recordedFrom: string;
  recordedTo: string;
  defaultSampleSize: number;
  forceSampleSizes: Record<string, number | null>;
  leadEmails: string[];
  files: Record<string, Omit<NewCaseFile, 'inspectionId' | 'forceId'>[]>;
}

/** Creates an inspection with its forces, leads and files unless its slug exists. */
export function seedInspection(db: Db, demo: DemoInspection): boolean {
  return db.transaction((tx) => {
    if (tx.select({ id: inspections.id }).from(inspections).where(eq(inspections.slug, demo.slug)).get()) return false;
    const inspection = tx
      .insert(inspections)
      .values({
        slug: demo.slug,
        name: demo.name,
        templateId: demo.templateId,
        fieldworkStart: demo.fieldworkStart,
        fieldworkEnd: demo.fieldworkEnd,
        recordedFrom: demo.recordedFrom,
        recordedTo: demo.recordedTo,
        defaultSampleSize: demo.defaultSampleSize,
      })
      .returning({ id: inspections.id })
      .get();
    const forceIds = new Map(
      tx
        .select({ id: forces.id, code: forces.code })
        .from(forces)
        .all()
        .map((f) => [f.code, f.id]),
    );
    for (const [code, sampleSize] of Object.entries(demo.forceSampleSizes)) {
      const forceId = forceIds.get(code);
      if (forceId === undefined) throw new Error(`Unknown force ${code} in demo inspection`);
      tx.insert(inspectionForces).values({ inspectionId: inspection.id, forceId, sampleSize }).run();
      for (const file of demo.files[code] ?? []) {
        tx.insert(caseFiles)
          .values({ ...file, inspectionId: inspection.id, forceId })
          .run();
      }
    }
    for (const email of demo.leadEmails) {
      const lead = tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
      if (lead) tx.insert(inspectionLeads).values({ inspectionId: inspection.id, userId: lead.id }).run();
    }
    writeAudit(tx, SYSTEM, {
      action: 'inspection.created',
      entityType: 'inspection',
      entityId: inspection.id,
      inspectionId: inspection.id,
      detail: { slug: demo.slug, name: demo.name, files: Object.values(demo.files).flat().length },
    });
    return true;
  });
}

/** The forces and the seed criteria templates, on the process's connection (what every database needs). Returns the templates' ids in order. */
export function seedReferenceData(
  forces: readonly { code: string; name: string }[],
  templates: readonly TemplateContent[],
): { forcesAdded: number; templateIds: number[] } {
  const db = getDb();
  return { forcesAdded: seedForces(db, forces), templateIds: templates.map((t) => seedTemplate(t)) };
}
