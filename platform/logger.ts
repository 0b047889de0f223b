// The product's structured log (pino), one line of JSON per entry on stdout.
import { pino, type Logger } from 'pino';

export function createLogger(level: string, name = 'service-desk'): Logger {
  return pino({ name, level, redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'] });
}
