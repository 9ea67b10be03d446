/** Every plan command, in the order plan --help lists them. */
import type { CommandSpec } from './command.js';
import { completionCommand } from './completion.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { historyCommand } from './history.js';
import { slippageCommand } from './slippage.js';
import { initCommand } from './init.js';
import { lintCommand } from './lint.js';
import { overdueCommand } from './overdue.js';
import { reportCommand } from './report.js';
import { risksCommand } from './risks.js';
import { schemaCommand } from './schema.js';
import { actualCommand } from './actual.js';
import { rescoreCommand } from './rescore.js';
import { updateCommand } from './update.js';
import { importCommand } from './import.js';
import { returnsCommand } from './returns.js';

export const COMMANDS: readonly CommandSpec[] = [lintCommand, risksCommand, overdueCommand, diffCommand, historyCommand, slippageCommand, reportCommand, updateCommand, actualCommand, rescoreCommand, exportCommand, importCommand, returnsCommand, initCommand, schemaCommand, completionCommand];
