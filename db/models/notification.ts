import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** An e-mail waiting to be sent (the outbox); the dedupe key makes enqueueing idempotent. */
export class Notification extends Model<InferAttributes<Notification>, InferCreationAttributes<Notification>> {
  declare id: CreationOptional<number>;
  declare dedupeKey: string;
  declare personId: number | null;
  declare email: string;
  declare locale: string;
  declare template: string;
  declare params: Record<string, unknown>;
  declare caseNumber: number | null;
  declare attempts: CreationOptional<number>;
  declare lastError: CreationOptional<string | null>;
  declare sentAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Notification.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        dedupeKey: { type: DataTypes.TEXT, allowNull: false },
        personId: { type: DataTypes.INTEGER, allowNull: true },
        email: { type: DataTypes.TEXT, allowNull: false },
        locale: { type: DataTypes.TEXT, allowNull: false, defaultValue: 'da' },
        template: { type: DataTypes.TEXT, allowNull: false },
        params: { type: DataTypes.JSONB, allowNull: false, defaultValue: {} },
        caseNumber: { type: DataTypes.INTEGER, allowNull: true },
        attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        lastError: { type: DataTypes.TEXT, allowNull: true },
        sentAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'notifications' },
    );
  }
}
