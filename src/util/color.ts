/**
 * Colour only where it helps: on a terminal, never when NO_COLOR is set (https://no-color.org) or
 * --no-color is given; FORCE_COLOR or --color turn it on. chalk 5 does not read NO_COLOR itself.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColorChoice {
  /** true for --color, false for --no-color, undefined to decide from the environment */
  flag?: boolean;
  isTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

export function useColor(choice: ColorChoice = {}): boolean {
  const env = choice.env ?? process.env;
  if (choice.flag === false) return false;
  if (choice.flag === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return choice.isTTY ?? Boolean(process.stdout.isTTY);
}

export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
