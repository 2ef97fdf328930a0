/** Horizon conventions shared by every function: `days` are trading days, T = days / year_days years. */
export function years(days: number, yearDays: number): number {
  return days / yearDays;
}
