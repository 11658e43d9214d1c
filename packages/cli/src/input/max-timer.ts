/** The longest delay a timer keeps (2³¹ − 1 ms): Node fires a longer one after 1 ms, so a larger deadline is refused. */
export const MAX_TIMER_MS = 2_147_483_647;
