import { DataTypes, Model, type CreationOptional, type InferAttributes, type InferCreationAttributes, type Sequelize } from 'sequelize';
import type { CaseStatus, CaseType, Channel } from '../../domain/types.js';
import type { Coverage } from '../../domain/coverage.js';
import type { CaseView } from '../../workflows/messages.js';

/**
 * The read model of one case, for lists and search. Created at intake; afterwards written only by the
 * case workflow's activities (upsert by number, highest version wins). The workflow is the truth.
 */
export class CaseRecord extends Model<InferAttributes<CaseRecord>, InferCreationAttributes<CaseRecord>> {
  declare number: number;
  declare workflowId: string;
  declare type: CaseType;
  declare status: CaseStatus;
  declare channel: Channel;
  declare companyId: string;
  declare contactId: number;
  declare registeredById: number | null;
  /** The agent who acknowledged the case and holds it. */
  declare ownerId: CreationOptional<number | null>;
  declare title: string;
  declare description: CreationOptional<string>;
  declare fields: CreationOptional<Record<string, unknown>>;
  declare receivedAt: Date;
  declare responseDueAt: Date | null;
  declare respondedAt: CreationOptional<Date | null>;
  declare slaWarned: CreationOptional<boolean>;
  declare slaBreached: CreationOptional<boolean>;
  declare waitingOn: CreationOptional<string | null>;
  declare billable: CreationOptional<boolean>;
  declare coverage: CreationOptional<Coverage | null>;
  declare loggedMinutes: CreationOptional<number>;
  declare nextDeadlineKind: CreationOptional<string | null>;
  declare nextDeadlineAt: CreationOptional<Date | null>;
  declare view: CreationOptional<CaseView | null>;
  declare splitFrom: CreationOptional<number | null>;
  declare splitIndex: CreationOptional<number | null>;
  declare closedAt: CreationOptional<Date | null>;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    CaseRecord.init(
      {
        number: { type: DataTypes.INTEGER, primaryKey: true },
        workflowId: { type: DataTypes.TEXT, allowNull: false },
        type: { type: DataTypes.TEXT, allowNull: false },
        status: { type: DataTypes.TEXT, allowNull: false },
        channel: { type: DataTypes.TEXT, allowNull: false },
        companyId: { type: DataTypes.TEXT, allowNull: false },
        contactId: { type: DataTypes.INTEGER, allowNull: false },
        registeredById: { type: DataTypes.INTEGER, allowNull: true },
        ownerId: { type: DataTypes.INTEGER, allowNull: true },
        title: { type: DataTypes.TEXT, allowNull: false },
        description: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
        fields: { type: DataTypes.JSONB, allowNull: false, defaultValue: {} },
        receivedAt: { type: DataTypes.DATE, allowNull: false },
        responseDueAt: { type: DataTypes.DATE, allowNull: true },
        respondedAt: { type: DataTypes.DATE, allowNull: true },
        slaWarned: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        slaBreached: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        waitingOn: { type: DataTypes.TEXT, allowNull: true },
        billable: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        coverage: { type: DataTypes.JSONB, allowNull: true },
        loggedMinutes: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        nextDeadlineKind: { type: DataTypes.TEXT, allowNull: true },
        nextDeadlineAt: { type: DataTypes.DATE, allowNull: true },
        view: { type: DataTypes.JSONB, allowNull: true },
        splitFrom: { type: DataTypes.INTEGER, allowNull: true },
        splitIndex: { type: DataTypes.INTEGER, allowNull: true },
        closedAt: { type: DataTypes.DATE, allowNull: true },
        version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        createdAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
        updatedAt: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
      },
      { sequelize, tableName: 'cases', timestamps: true },
    );
  }
}
