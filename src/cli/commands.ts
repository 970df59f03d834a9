/**
 * The commands of the command-line tool, by name (shared by the main thread and the worker threads).
 */
import { amCommand } from './am.js';
import { collectiveCommand } from './collective.js';
import type { Command } from './command.js';
import { cptsCommand } from './cpts.js';
import { mspCommand } from './msp.js';

export const COMMANDS: Readonly<Record<string, Command<unknown>>> = {
  am: amCommand as Command<unknown>,
  msp: mspCommand as Command<unknown>,
  cpts: cptsCommand as Command<unknown>,
  'am-collectif': collectiveCommand as Command<unknown>,
};
