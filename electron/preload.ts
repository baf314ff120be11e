// The screens' only door to the main process: call a contract command, hear contract events.
// Runs sandboxed with context isolation; exposes no Node or Electron object itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { commandChannel, commandNameList, eventChannel } from '../shared/contract/channels';

const known = new Set<string>(commandNameList);

contextBridge.exposeInMainWorld('counter', {
  call(command: string, input: unknown, lang: string): Promise<unknown> {
    if (!known.has(command)) return Promise.reject(new Error(`unknown command ${command}`));
    return ipcRenderer.invoke(commandChannel(command), { input, lang });
  },
  subscribe(listener: (name: string, payload: unknown) => void): () => void {
    const forward = (_event: IpcRendererEvent, message: { name: string; payload: unknown }) =>
      listener(message.name, message.payload);
    ipcRenderer.on(eventChannel, forward);
    return () => ipcRenderer.removeListener(eventChannel, forward);
  },
});
