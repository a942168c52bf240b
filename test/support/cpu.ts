/** CPU milliseconds this process has used: timing guards read it so that other processes' load cannot trip them. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Budget for a 1 MB pathological input: linear code needs well under a second, a regex blow-up needs minutes. */
export const BLOWUP_BUDGET_MS = 5000;
