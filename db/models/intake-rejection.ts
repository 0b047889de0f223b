import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** A request that did not become a case (the sender is not a support contact), kept for the desk. */
export class IntakeRejection extends Model<InferAttributes<IntakeRejection>, InferCreationAttributes<IntakeRejection>> {
  declare id: CreationOptional<number>;
  declare channel: string;
  declare sender: string;
  declare subject: string | null;
  declare reason: string;
  declare companyId: string | null;
  /** The stored raw mail it came from, if it came by mail. */
  declare inboundMailId: CreationOptional<number | null>;
  /** What the sender wrote (the mail's text). */
  declare body: CreationOptional<string | null>;
  /** What the sender was answered: `contacts`, `ask_company`, or `none_*` with the reason no answer went out. */
  declare answer: CreationOptional<string>;
  /** The case the desk turned it into, once it did. */
  declare caseNumber: CreationOptional<number | null>;
  declare convertedById: CreationOptional<number | null>;
  declare convertedAt: CreationOptional<Date | null>;
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
        inboundMailId: { type: DataTypes.BIGINT, allowNull: true },
        body: { type: DataTypes.TEXT, allowNull: true },
        answer: { type: DataTypes.TEXT, allowNull: false, defaultValue: 'contacts' },
        caseNumber: { type: DataTypes.INTEGER, allowNull: true },
        convertedById: { type: DataTypes.INTEGER, allowNull: true },
        convertedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'intake_rejections' },
    );
  }
}
