// `npm run start:browser`: serve this counter's screens on 127.0.0.1 and print the address.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isEntryPoint } from './entry-point';
import { openCounterApp } from '../services/counter-app';
import { resolveDataDir } from '../services/data-dir';
import { DataDirInUseError } from '../services/data-dir-lock';
import { dataDirInUseText } from './data-dir-in-use';
import { defaultStaticDir, startBrowserHost } from './browser-host';

export async function runBrowserHost(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } },
  });
  const staticDir = values.static ?? defaultStaticDir;
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(`Chưa có giao diện đã build trong ${staticDir}: chạy "npm run build" trước. / Build the renderer first.`);
    process.exit(1);
  }
  const dataDir = resolveDataDir(values['data-dir']);
  const app = openCounterApp({ dataDir });
  try {
    await app.startDevices();
  } catch (e) {
    if (!(e instanceof DataDirInUseError)) throw e;
    // Two hosts on one folder would both print every receipt: the second one stops here.
    console.error(dataDirInUseText(e));
    app.close();
    process.exit(1);
  }
  const host = await startBrowserHost({ app, staticDir, port: values.port ? Number(values.port) : 0 });
  console.log(`Quầy Một cửa đang phục vụ tại / OneStop Counter is served at:\n\n    ${host.url}\n`);
  console.log(`Dữ liệu / data: ${app.ledgerFile}`);
  const stop = () => {
    void host.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (isEntryPoint(import.meta.url)) {
  runBrowserHost(process.argv.slice(2)).catch((e) => {
    console.error((e as Error).message);
    process.exit(2);
  });
}
