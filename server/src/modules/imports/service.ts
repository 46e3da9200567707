import type { Actor } from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { ProblemError } from '../../errors';
import { insertUnit } from '../units/repository';
import type { OrganizationImportReport, OrganizationImportResult } from '@fabutong/core';
import { personNamesIn, readOrganization, validateOrganization, type ExistingOrganization, type ParsedOrganization, type Ref } from './organization';
import { canImportOrganization, importReaches } from './policy';
import * as repo from './repository';
import { organizationTemplate as buildTemplate } from './template';
import type { Upload } from './upload';

/** Reads the uploaded file; called only once the caller is known to be allowed. */
export type Receive = () => Promise<Upload>;

export async function organizationTemplate(app: AppContext, rc: RequestContext): Promise<Buffer> {
  await authorize(app, rc, canImportOrganization(rc.actor), 'imports.organization.template');
  return buildTemplate();
}

/** What the file may be checked against: the units the actor keeps, and what they hold. */
async function existingOrganization(db: Kysely<Database>, actor: Actor, parsed: ParsedOrganization): Promise<ExistingOrganization> {
  const units = (await repo.unitsForImport(db))
    .filter((u) => importReaches(actor, u.path))
    .map((u) => ({ id: u.id, name: u.name, kind: u.kind, path: u.path, active: Boolean(u.active) }));
  const reached = new Set(units.map((u) => u.id));
  const people = await repo.peopleNamed(db, personNamesIn(parsed));
  const appointments = (await repo.singleHolderAppointments(db))
    .filter((a) => reached.has(a.unit_id))
    .map((a) => ({ id: a.id, unitId: a.unit_id, post: a.post, from: a.from_date, to: a.to_date, personName: a.person_name }));
  return { units, people, appointments };
}

export async function previewOrganization(app: AppContext, rc: RequestContext, receive: Receive): Promise<OrganizationImportReport> {
  await authorize(app, rc, canImportOrganization(rc.actor), 'imports.organization.preview');
  const upload = await receive();
  const parsed = readOrganization(upload.book);
  return validateOrganization(parsed, await existingOrganization(app.db, rc.actor, parsed), upload.fileName).report;
}

function refused(report: OrganizationImportReport): ProblemError {
  const { invalidRows, errors } = report.counts;
  const first = report.errors.slice(0, 3).map((e) => e.message);
  const more = report.errors.length > first.length ? '……' : '';
  return new ProblemError(
    422,
    '导入文件有误，未导入任何数据',
    `${invalidRows > 0 ? `有 ${invalidRows} 行` : '文件'}共 ${errors} 处错误：${first.join('；')}${more}。请按预览修改后重新上传。`,
    { errors: report.errors, code: 'import-invalid' },
  );
}

/**
 * Checks the file again and, only if every row is valid, writes its units (each under its
 * parent, with its materialized path), people and appointments in one transaction with one
 * audit record. The checks run inside the transaction, against what it will commit over.
 */
export async function importOrganization(app: AppContext, rc: RequestContext, receive: Receive): Promise<OrganizationImportResult> {
  await authorize(app, rc, canImportOrganization(rc.actor), 'imports.organization.import');
  const upload = await receive();
  const parsed = readOrganization(upload.book);
  const at = app.now().toISOString();
  const counts = await app.db.transaction().execute(async (trx) => {
    await repo.lockImports(trx);
    const existing = await existingOrganization(trx, rc.actor, parsed);
    const { report, plan } = validateOrganization(parsed, existing, upload.fileName);
    if (!plan) throw refused(report);

    const existingUnits = new Map(existing.units.map((u) => [u.id, u]));
    const created: { id: number; path: string }[] = [];
    for (const u of plan.units) {
      const parent = 'existing' in u.parent ? existingUnits.get(u.parent.existing)! : created[u.parent.row]!;
      const row = await insertUnit(
        trx,
        {
          parent_id: parent.id,
          kind: u.kind,
          name: u.name,
          short_name: u.shortName,
          press_section_name: u.pressSectionName,
          livelihood_related: u.livelihoodRelated ? 1 : 0,
          routine_conference_period: u.routineConferencePeriod,
          created_at: at,
          updated_at: at,
        },
        parent.path,
      );
      created.push({ id: row.id, path: row.path });
    }

    const personIds = await repo.insertPeople(
      trx,
      plan.people.map((p) => ({ name: p.name, office_phone: p.officePhone, press_phone: p.pressPhone, mobile: p.mobile, email: p.email, note: p.note })),
      at,
    );
    const personId = (ref: Ref) => ('existing' in ref ? ref.existing : personIds.get(plan.people[ref.row]!.name)!);
    const unitId = (ref: Ref) => ('existing' in ref ? ref.existing : created[ref.row]!.id);
    await repo.insertAppointments(
      trx,
      plan.appointments.map((a) => ({
        person_id: personId(a.person),
        unit_id: unitId(a.unit),
        post: a.post,
        title: a.title,
        from_date: a.from,
        to_date: a.to,
        filed_with_municipal_at: a.filedWithMunicipalAt,
      })),
      at,
    );

    const counts = { units: plan.units.length, people: plan.people.length, appointments: plan.appointments.length };
    await audit(app, rc, trx, { action: 'organization.import', entity: 'organization', after: { fileName: upload.fileName, sha256: upload.sha256, counts } });
    return counts;
  });
  return { fileName: upload.fileName, counts };
}
