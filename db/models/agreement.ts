import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { AgreementKind } from '../../domain/types.js';

/** One period of a company's support agreement history (valid_to inclusive, open-ended when null). */
export class Agreement extends Model<InferAttributes<Agreement>, InferCreationAttributes<Agreement>> {
  declare id: CreationOptional<number>;
  declare companyId: string;
  declare kind: AgreementKind;
  declare validFrom: string;
  declare validTo: string | null;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Agreement.init(
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        companyId: { type: DataTypes.TEXT, allowNull: false },
        kind: { type: DataTypes.TEXT, allowNull: false },
        validFrom: { type: DataTypes.DATEONLY, allowNull: false },
        validTo: { type: DataTypes.DATEONLY, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'agreements' },
    );
  }
}
