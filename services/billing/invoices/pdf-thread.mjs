// The entry of the thread that draws invoice PDFs (services/billing/invoices/pdf-threads.ts): a worker
// thread does not inherit the TypeScript loader of the process, so it registers it before loading the code.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-thread-main.ts');
