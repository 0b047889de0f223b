import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/**
 * A one-time link (invitation, password reset) or an API token; only its SHA-256 hash is stored.
 * API tokens carry a label, when they were last used, when their owner or a manager revoked them, and
 * the user agent and address they were asked for from.
 */
export class PersonToken extends Model<InferAttributes<PersonToken>, InferCreationAttributes<PersonToken>> {
  declare id: CreationOptional<number>;
  declare personId: number;
  declare purpose: 'invite' | 'reset' | 'api';
  declare tokenHash: string;
  declare expiresAt: Date;
  declare usedAt: Date | null;
  declare label: CreationOptional<string | null>;
  declare lastUsedAt: CreationOptional<Date | null>;
  declare revokedAt: CreationOptional<Date | null>;
  declare userAgent: CreationOptional<string | null>;
  declare address: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    PersonToken.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        personId: { type: DataTypes.INTEGER, allowNull: false },
        purpose: { type: DataTypes.TEXT, allowNull: false },
        tokenHash: { type: DataTypes.TEXT, allowNull: false },
        expiresAt: { type: DataTypes.DATE, allowNull: false },
        usedAt: { type: DataTypes.DATE, allowNull: true },
        label: { type: DataTypes.TEXT, allowNull: true },
        lastUsedAt: { type: DataTypes.DATE, allowNull: true },
        revokedAt: { type: DataTypes.DATE, allowNull: true },
        userAgent: { type: DataTypes.TEXT, allowNull: true },
        address: { type: DataTypes.TEXT, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'person_tokens' },
    );
  }
}
