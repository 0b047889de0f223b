// One Sequelize instance per process, on the DATABASE_URL the configuration gives. A connection
// that fails (idle timeout, pg_terminate_backend, a restart) is dropped from the pool by Sequelize's
// own error listener and replaced on the next query; a server that does not answer fails the
// connection attempt after 3 s instead of hanging the request.
import { Sequelize } from 'sequelize';
import { defineModels, type Models } from './models/index.js';

export interface Database {
  url: string;
  sequelize: Sequelize;
  models: Models;
  close(): Promise<void>;
}

export function connectDatabase(url: string, opts: { poolMax?: number; log?: (sql: string) => void; applicationName?: string } = {}): Database {
  const sequelize = new Sequelize(url, {
    dialect: 'postgres',
    logging: opts.log ?? false,
    pool: { max: opts.poolMax ?? 10, min: 0, idle: 10_000, acquire: 30_000 },
    dialectOptions: { application_name: opts.applicationName ?? 'service-desk', connectionTimeoutMillis: 3_000, keepAlive: true },
    define: { underscored: true, timestamps: false },
  });
  const models = defineModels(sequelize);
  return { url, sequelize, models, close: () => sequelize.close() };
}
