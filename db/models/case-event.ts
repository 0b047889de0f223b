import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';

/** One step of a case's timeline, written by the workflow's activity; unique per (workflow id, seq). */
export class CaseEventRecord extends Model<InferAttributes<CaseEventRecord>, InferCreationAttributes<CaseEventRecord>> {
  declare id: CreationOptional<number>;
  declare workflowId: string;
  declare seq: number;
  declare caseNumber: number;
  declare kind: string;
  declare actorId: number | null;
  declare actorName: string | null;
  declare actorRole: string | null;
  declare text: string | null;
  declare visibility: 'customer' | 'internal';
  declare data: Record<string, unknown>;
  declare occurredAt: Date;

  static define(sequelize: Sequelize) {
    CaseEventRecord.init(
      {
        id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
        workflowId: { type: DataTypes.TEXT, allowNull: false },
        seq: { type: DataTypes.INTEGER, allowNull: false },
        caseNumber: { type: DataTypes.INTEGER, allowNull: false },
        kind: { type: DataTypes.TEXT, allowNull: false },
        actorId: { type: DataTypes.INTEGER, allowNull: true },
        actorName: { type: DataTypes.TEXT, allowNull: true },
        actorRole: { type: DataTypes.TEXT, allowNull: true },
        text: { type: DataTypes.TEXT, allowNull: true },
        visibility: { type: DataTypes.TEXT, allowNull: false },
        data: { type: DataTypes.JSONB, allowNull: false, defaultValue: {} },
        occurredAt: { type: DataTypes.DATE, allowNull: false },
      },
      { sequelize, tableName: 'case_events' },
    );
  }
}
