import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** A free message on a case that moves nothing: a desk note (internal) or a message to the customer. */
export class CaseMessage extends Model<InferAttributes<CaseMessage>, InferCreationAttributes<CaseMessage>> {
  declare id: CreationOptional<number>;
  declare caseNumber: number;
  declare authorId: number;
  declare body: string;
  declare internal: boolean;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    CaseMessage.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        caseNumber: { type: DataTypes.INTEGER, allowNull: false },
        authorId: { type: DataTypes.INTEGER, allowNull: false },
        body: { type: DataTypes.TEXT, allowNull: false },
        internal: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'case_messages' },
    );
  }
}
