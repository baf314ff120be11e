// A pair of linked pseudo terminals made by socat: the app opens one end as if a scale were
// plugged in on a serial port, the simulator drives the other. Stopping socat is unplugging the
// cable; starting it again with the same link names is plugging it back in.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export class PtyPair {
  readonly appPath: string;
  readonly simPath: string;
  private socat: ChildProcess | null = null;

  constructor(dir: string) {
    this.appPath = join(dir, 'scale');
    this.simPath = join(dir, 'simulator');
  }

  async plugIn(): Promise<void> {
    if (this.socat) return;
    const socat = spawn('socat', [`pty,raw,echo=0,link=${this.appPath}`, `pty,raw,echo=0,link=${this.simPath}`], {
      stdio: 'ignore',
    });
    this.socat = socat;
    const deadline = Date.now() + 5000;
    while (!(existsSync(this.appPath) && existsSync(this.simPath))) {
      if (Date.now() > deadline || socat.exitCode !== null) throw new Error('socat did not create the pseudo terminals');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async unplug(): Promise<void> {
    const socat = this.socat;
    if (!socat) return;
    this.socat = null;
    const exited = new Promise((r) => socat.once('exit', r));
    socat.kill('SIGTERM');
    await exited;
  }
}
