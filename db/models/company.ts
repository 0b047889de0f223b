import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { SolutionType } from '../../domain/types.js';

/** A customer company. Its id is its short, stable slug (also the CompanyId search attribute). */
export class Company extends Model<InferAttributes<Company>, InferCreationAttributes<Company>> {
  declare id: string;
  declare name: string;
  declare solutionType: SolutionType;
  declare firstTrainingDay: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Company.init(
      {
        id: { type: DataTypes.TEXT, primaryKey: true },
        name: { type: DataTypes.TEXT, allowNull: false },
        solutionType: { type: DataTypes.TEXT, allowNull: false },
        firstTrainingDay: { type: DataTypes.DATEONLY, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
        updatedAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'companies', timestamps: true },
    );
  }
}
