/**
 * A ticket counts as "due soon" when its deadline is at most this far away. One constant for the
 * queue filter (risk=due_soon) and the web UI's SLA indicator, which imports it from here.
 */
export const DUE_SOON_MS = 4 * 3600_000;
