import { createContext, useContext } from 'react';
import type { Api } from './guarded-client';

export const ApiContext = createContext<Api | null>(null);

/** The counter's contract, for any screen below <App>. */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}
