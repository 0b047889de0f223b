import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** A request that did not become a case (the sender is not a support contact), kept for the desk. */
export class IntakeRejection extends Model<InferAttributes<IntakeRejection>, InferCreationAttributes<IntakeRejection>> {
  declare id: CreationOptional<number>;
  declare channel: string;
  declare sender: string;
  declare subject: string | null;
  declare reason: string;
  declare companyId: string | null;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    IntakeRejection.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        channel: { type: DataTypes.TEXT, allowNull: false },
        sender: { type: DataTypes.TEXT, allowNull: false },
        subject: { type: DataTypes.TEXT, allowNull: true },
        reason: { type: DataTypes.TEXT, allowNull: false },
        companyId: { type: DataTypes.TEXT, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'intake_rejections' },
    );
  }
}
