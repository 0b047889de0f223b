// Every model and how they relate.
import type { Sequelize } from 'sequelize';
import { Company } from './company.js';
import { Agreement } from './agreement.js';
import { Person } from './person.js';
import { PersonToken } from './person-token.js';
import { CaseRecord } from './case-record.js';
import { CaseEventRecord } from './case-event.js';
import { CaseMessage } from './case-message.js';
import { Attachment } from './attachment.js';
import { BillingLineRecord } from './billing-line.js';
import { Notification } from './notification.js';
import { IntakeRejection } from './intake-rejection.js';

export { Company, Agreement, Person, PersonToken, CaseRecord, CaseEventRecord, CaseMessage, Attachment, BillingLineRecord, Notification, IntakeRejection };

export type Models = ReturnType<typeof defineModels>;

let defined: Sequelize | null = null;

export function defineModels(sequelize: Sequelize) {
  const models = {
    Company,
    Agreement,
    Person,
    PersonToken,
    CaseRecord,
    CaseEventRecord,
    CaseMessage,
    Attachment,
    BillingLineRecord,
    Notification,
    IntakeRejection,
  };
  if (defined === sequelize) return models;
  for (const m of Object.values(models)) m.define(sequelize);
  Company.hasMany(Agreement, { foreignKey: 'companyId', as: 'agreements' });
  Company.hasMany(Person, { foreignKey: 'companyId', as: 'people' });
  Person.belongsTo(Company, { foreignKey: 'companyId', as: 'company' });
  CaseRecord.belongsTo(Company, { foreignKey: 'companyId', as: 'company' });
  CaseRecord.belongsTo(Person, { foreignKey: 'contactId', as: 'contact' });
  CaseRecord.belongsTo(Person, { foreignKey: 'ownerId', as: 'owner' });
  CaseRecord.hasMany(CaseEventRecord, { foreignKey: 'caseNumber', as: 'events' });
  CaseRecord.hasMany(CaseMessage, { foreignKey: 'caseNumber', as: 'messages' });
  CaseRecord.hasMany(BillingLineRecord, { foreignKey: 'caseNumber', as: 'billingLines' });
  CaseMessage.belongsTo(Person, { foreignKey: 'authorId', as: 'author' });
  defined = sequelize;
  return models;
}
