/**
 * Vitest global setup: on PostgreSQL, each test gets a database of its own, copied from one
 * template this run migrates once. Copying takes a fraction of migrating, and dropping a
 * database takes its catalog rows with it — schemas created and dropped by the thousand leave
 * the shared catalog bloated when autovacuum is off, and every later run slower.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/database';
import { prepareDatabase } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database the tests' databases are copied from; empty without DATABASE_URL. */
    postgresTemplate: string;
  }
}

/** The databases of one run are named `fabutong_<pid>_<run>_…`, so a run that crashed can be told by its dead process. */
const OWN_DATABASE = /^fabutong_(\d+)_[a-z0-9]+_/;

export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function dropDatabases(url: string, which: (name: string) => boolean) {
  await onServer(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like 'fabutong\\_%'`);
    // Copies first: a template cannot be dropped while it is marked as one, nor copied while dropped.
    for (const { datname } of rows.filter((r) => which(r.datname)).sort((a, b) => Number(a.datname.endsWith('_template')) - Number(b.datname.endsWith('_template')))) {
      await client.query(`drop database if exists ${datname} with (force)`);
    }
  });
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  project.provide('postgresTemplate', '');
  if (!url) return;
  // What earlier runs left behind when they crashed.
  await dropDatabases(url, (name) => {
    const pid = OWN_DATABASE.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  const run = `fabutong_${process.pid}_${Date.now().toString(36)}_`;
  const template = `${run}template`;
  await onServer(url, (client) => client.query(`create database ${template}`));
  const db = openDatabase({ kind: 'postgres', url: databaseUrl(url, template) });
  try {
    await prepareDatabase(db.kysely, new Date().toISOString());
  } finally {
    await db.close();
  }
  project.provide('postgresTemplate', template);
  return () => dropDatabases(url, (name) => name.startsWith(run));
}
