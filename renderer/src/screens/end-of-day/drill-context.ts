// How any figure on the end-of-day screen asks for the entries behind it: the area keeps one
// drill-down open at a time and lists it (DrillList), so every figure needs only its key.
import { createContext, useContext } from 'react';

export interface DrillRequest {
  /** What the figure is, as the person read it ("Tiền thối lại · Cầm Thị Mai"). */
  label: string;
  /** The figure's `drill` key from the report. */
  drill: string;
  day: string;
}

export const DrillContext = createContext<(request: DrillRequest) => void>(() => undefined);

export function useDrill(): (request: DrillRequest) => void {
  return useContext(DrillContext);
}
