/** Typed access to the committed high-precision reference tables (see the .py generators beside them). */
import normal from './normal.json';
import kernels from './kernels.json';

export const NORMAL = normal as { source: string; cdf: [number, string][]; inv: [number, string][] };
export const KERNELS = kernels as unknown as {
  source: string;
  scenario_prob: [number, number, number, number, number, 'end' | 'touch', string][];
  dcf_value: [number, number, number, number, number, string][];
};
