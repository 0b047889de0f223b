// One Sequelize instance per process, on the DATABASE_URL the configuration gives.
import { Sequelize } from 'sequelize';
import { defineModels, type Models } from './models/index.js';

export interface Database {
  url: string;
  sequelize: Sequelize;
  models: Models;
  close(): Promise<void>;
}

export function connectDatabase(url: string, opts: { poolMax?: number; log?: (sql: string) => void } = {}): Database {
  const sequelize = new Sequelize(url, {
    dialect: 'postgres',
    logging: opts.log ?? false,
    pool: { max: opts.poolMax ?? 10, min: 0, idle: 10_000, acquire: 30_000 },
    define: { underscored: true, timestamps: false },
  });
  const models = defineModels(sequelize);
  return { url, sequelize, models, close: () => sequelize.close() };
}
