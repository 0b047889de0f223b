import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** One invoice line of a closed case, written exactly once at close (unique per case and line number). */
export class BillingLineRecord extends Model<InferAttributes<BillingLineRecord>, InferCreationAttributes<BillingLineRecord>> {
  declare id: CreationOptional<number>;
  declare caseNumber: number;
  declare lineNo: number;
  declare companyId: string;
  declare kind: string;
  declare minutes: number;
  declare amountOre: number;
  declare text: string;
  declare billedOn: string;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    BillingLineRecord.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        caseNumber: { type: DataTypes.INTEGER, allowNull: false },
        lineNo: { type: DataTypes.INTEGER, allowNull: false },
        companyId: { type: DataTypes.TEXT, allowNull: false },
        kind: { type: DataTypes.TEXT, allowNull: false },
        minutes: { type: DataTypes.INTEGER, allowNull: false },
        amountOre: {
          type: DataTypes.BIGINT,
          allowNull: false,
          get() {
            return Number(this.getDataValue('amountOre'));
          },
        },
        text: { type: DataTypes.TEXT, allowNull: false },
        billedOn: { type: DataTypes.DATEONLY, allowNull: false },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'billing_lines' },
    );
  }
}
