/** `receivedAt` and the other times the receiver writes: `Date.prototype.toISOString`'s form, UTC. */
export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
