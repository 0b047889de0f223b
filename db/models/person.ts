import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type NonAttribute, type Sequelize } from 'sequelize';
import type { Locale, Role } from '../../domain/types.js';

/** Anyone who logs in: support contacts and price approvers of a company, agents and desk managers. */
export class Person extends Model<InferAttributes<Person>, InferCreationAttributes<Person>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare firstName: string;
  declare lastName: string;
  declare role: Role;
  declare companyId: string | null;
  declare canApprove: CreationOptional<boolean>;
  declare passwordHash: string | null;
  declare locale: CreationOptional<Locale>;
  declare active: CreationOptional<boolean>;
  /** A phone number as the person gave it (the phone intake finds callers by it); null when unknown. */
  declare phone: CreationOptional<string | null>;
  declare lastLoginAt: Date | null;
  /** When the person was erased (anonymised); null for everyone else. */
  declare erasedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  get fullName(): NonAttribute<string> {
    return `${this.firstName} ${this.lastName}`.trim();
  }

  static define(sequelize: Sequelize) {
    Person.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        email: {
          type: DataTypes.TEXT,
          allowNull: false,
          set(v: string) {
            this.setDataValue('email', v.trim().toLowerCase());
          },
        },
        firstName: { type: DataTypes.TEXT, allowNull: false },
        lastName: { type: DataTypes.TEXT, allowNull: false },
        role: { type: DataTypes.TEXT, allowNull: false },
        companyId: { type: DataTypes.TEXT, allowNull: true },
        canApprove: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        passwordHash: { type: DataTypes.TEXT, allowNull: true },
        locale: { type: DataTypes.TEXT, allowNull: false, defaultValue: 'da' },
        active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
        phone: { type: DataTypes.TEXT, allowNull: true },
        lastLoginAt: { type: DataTypes.DATE, allowNull: true },
        erasedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
        updatedAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'people', timestamps: true },
    );
  }
}
