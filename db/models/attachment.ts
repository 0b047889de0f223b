import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** A file on a case (a screenshot, a log), stored in PostgreSQL. */
export class Attachment extends Model<InferAttributes<Attachment>, InferCreationAttributes<Attachment>> {
  declare id: CreationOptional<number>;
  declare caseNumber: number;
  declare uploadedById: number | null;
  declare filename: string;
  declare contentType: string;
  declare size: number;
  declare data: Buffer;
  declare internal: CreationOptional<boolean>;
  /** The desk message or note the file was sent with. */
  declare messageId: CreationOptional<number | null>;
  /** The sequence number of the timeline event (e.g. a customer's reply) the file was sent with. */
  declare eventSeq: CreationOptional<number | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Attachment.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        caseNumber: { type: DataTypes.INTEGER, allowNull: false },
        uploadedById: { type: DataTypes.INTEGER, allowNull: true },
        filename: { type: DataTypes.TEXT, allowNull: false },
        contentType: { type: DataTypes.TEXT, allowNull: false },
        size: { type: DataTypes.INTEGER, allowNull: false },
        data: { type: DataTypes.BLOB, allowNull: false },
        internal: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        messageId: { type: DataTypes.BIGINT, allowNull: true },
        eventSeq: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'attachments' },
    );
  }
}
