import { format } from 'node:util';
import { LogLevel, type Logger } from '@slack/bolt';

const SEVERITY: Record<LogLevel, number> = { [LogLevel.ERROR]: 3, [LogLevel.WARN]: 2, [LogLevel.INFO]: 1, [LogLevel.DEBUG]: 0 };

/**
 * Bolt's logger, writing to stderr like the rest of ainews: Bolt's own console logger prints info
 * to stdout, which belongs to answers.
 */
export function stderrLogger(level: LogLevel = LogLevel.WARN): Logger {
  let current = level;
  let name = 'ainews slack';
  const write = (at: LogLevel) => (...msg: unknown[]) => {
    if (SEVERITY[at] >= SEVERITY[current]) process.stderr.write(`${name} ${at}: ${format(...msg)}\n`);
  };
  return {
    debug: write(LogLevel.DEBUG),
    info: write(LogLevel.INFO),
    warn: write(LogLevel.WARN),
    error: write(LogLevel.ERROR),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}
