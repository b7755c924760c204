// For `npm test` and `npm run bench:archive`: a PostgreSQL server for the server
// package's conformance suite. SUMMITLINE_PG_URL, when set, is used as it is. Otherwise,
// on Debian as root, Debian's postgresql package is installed when missing, its cluster
// started, and a role and a database made for the tests. Elsewhere nothing is set, and
// the PostgreSQL tests fail saying how to give a server.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { run } from './setup.mjs';

const ROLE = 'summitline';
const PASSWORD = 'summitline';
const DATABASE = 'summitline_test';

function clusters() {
  const result = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  if (result.status !== 0) return [];
  return result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [version, name, port, status] = line.trim().split(/\s+/);
      return { version, name, port: Number(port), online: status === 'online' };
    });
}

/** Runs SQL as the postgres superuser, over the local socket. */
function asSuperuser(port, sql, database = 'postgres') {
  return execFileSync(
    'runuser',
    [
      '-u',
      'postgres',
      '--',
      'psql',
      '-X',
      '-q',
      '-A',
      '-t',
      '-v',
      'ON_ERROR_STOP=1',
      '-p',
      String(port),
      '-d',
      database,
      '-c',
      sql,
    ],
    { encoding: 'utf8', cwd: '/' },
  ).trim();
}

/** The connection string the tests use, or undefined when no server can be had here. */
export function ensurePostgres() {
  if (process.env.SUMMITLINE_PG_URL) return process.env.SUMMITLINE_PG_URL;
  const debian = existsSync('/etc/debian_version');
  const root = process.getuid?.() === 0;
  if (!debian || !root) {
    console.warn(
      [
        'No PostgreSQL for the server package’s conformance tests: SUMMITLINE_PG_URL is not set, and installing',
        'Debian’s postgresql needs root on Debian. Its PostgreSQL tests will fail until you start a server and set',
        'SUMMITLINE_PG_URL=postgres://user:password@host:5432/database',
      ].join('\n'),
    );
    return undefined;
  }
  const installed = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
  if (!installed) {
    console.log('No PostgreSQL found: installing Debian\u2019s postgresql package (apt-get install postgresql)…');
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run('install postgresql', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
  }
  let cluster = clusters().find((c) => c.name === 'main') ?? clusters()[0];
  if (!cluster) {
    const version = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0];
    run('create the PostgreSQL cluster', 'pg_createcluster', [version, 'main']);
    cluster = clusters().find((c) => c.name === 'main');
  }
  if (!cluster.online) run('start PostgreSQL', 'pg_ctlcluster', [cluster.version, cluster.name, 'start']);
  asSuperuser(
    cluster.port,
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'; END IF; END $$;`,
  );
  if (asSuperuser(cluster.port, `SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'`) !== '1') {
    asSuperuser(cluster.port, `CREATE DATABASE ${DATABASE} OWNER ${ROLE}`);
  }
  const url = `postgres://${ROLE}:${PASSWORD}@127.0.0.1:${cluster.port}/${DATABASE}`;
  console.log(`PostgreSQL ${cluster.version}: ${url.replace(`:${PASSWORD}@`, ':…@')}`);
  return url;
}
