import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Whether tmux is here; the terminal tests say so when it is not (`.ci/run` installs it). */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** What a screen must show: text, a pattern, or a check of the whole screen. */
export type ScreenCheck = string | RegExp | ((shown: string) => boolean);

/**
 * A real terminal: one tmux session on a tmux server of the test's own (its socket in the test's folder), with
 * keystrokes sent in by send-keys and the screen read by capture-pane.
 */
export class Terminal {
  private constructor(
    private readonly socket: string,
    readonly session: string,
  ) {}

  /** Runs `command` in a new detached session of the server whose socket lives in `dir`. */
  static start(dir: string, session: string, command: string, size: { columns: number; rows: number } = { columns: 120, rows: 50 }): Terminal {
    const terminal = new Terminal(socketIn(dir), session);
    terminal.tmux('new-session', '-d', '-s', session, '-x', String(size.columns), '-y', String(size.rows), command);
    return terminal;
  }

  /** Stops the server of `dir`, with every session on it; nothing when it is not running. */
  static stopAll(dir: string): void {
    spawnSync('tmux', ['-S', socketIn(dir), 'kill-server']);
  }

  /** The screen and its scrollback, with wrapped lines joined. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-1000', '-t', this.session);
  }

  /** Only what is on the screen now, line by line as the terminal shows it (no scrollback, wrapped lines apart). */
  visible(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  /** Waits until the screen (only what follows `after`, when given) passes `check`; returns what it looked at. */
  async waitFor(check: ScreenCheck, options: { after?: string; ms?: number } = {}): Promise<string> {
    const until = Date.now() + (options.ms ?? 20_000);
    for (;;) {
      const whole = this.screen();
      const at = options.after === undefined ? 0 : whole.indexOf(options.after);
      const shown = at === -1 ? '' : whole.slice(at);
      if (typeof check === 'string' ? shown.includes(check) : check instanceof RegExp ? check.test(shown) : check(shown)) return shown;
      if (Date.now() > until) throw new Error(`screen never showed ${String(check)}${options.after ? ` after ${options.after}` : ''}:\n${whole}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
  }
}

function socketIn(dir: string): string {
  return join(dir, 'tmux.sock');
}
