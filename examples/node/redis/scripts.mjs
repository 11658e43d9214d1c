// The Lua scripts that make a check and its write one step: Redis runs a script atomically, so
// no other client's command lands between the two (two consumers cannot both claim a key, both
// dead-letter one message, or delete a lease the other just took).

/**
 * Claim a key. KEYS: delivered marker, lease. ARGV: holder, lease ms.
 * → 'delivered' (marker present), 'claimed' (lease taken for the holder, SET NX PX) or 'busy'
 * (another holder's lease is live; an expired one is gone, PX saw to it).
 */
export const CLAIM = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 'delivered' end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
return 'busy'`;

/**
 * Complete a key. KEYS: delivered marker, lease. ARGV: retention ms.
 * The marker is written whoever holds the lease (the POST did succeed, and a forgotten success
 * is a second POST later); the lease goes too, since the marker now answers every claim.
 */
export const COMPLETE = `
redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
redis.call('DEL', KEYS[2])
return 1`;

/** Release a lease only when `holder` still holds it (compare-and-delete). KEYS: lease. ARGV: holder. → 1 or 0. */
export const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Acknowledge a handled message and drop it (and the raw body it points at) from the stream:
 * acknowledged entries would otherwise stay until trimmed, and trimming by length could drop
 * entries nobody has read yet. KEYS: stream, body key or ''. ARGV: group, id. → 1 if it was pending.
 */
export const ACK = `
local acked = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
if KEYS[2] ~= '' then redis.call('DEL', KEYS[2]) end
return acked`;

/**
 * Move a message to the dead-letter stream: only when the XACK succeeds, so two consumers
 * racing on one message write one dead letter. The body it points at loses its expiry: a dead
 * letter is kept until someone replays or deletes it.
 * KEYS: stream, dead-letter stream, body key or ''. ARGV: group, id, reason, deliveries, message, consumer.
 * → the dead letter's id, or false when the message was no longer pending.
 */
export const DEAD_LETTER = `
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return false end
redis.call('XDEL', KEYS[1], ARGV[2])
if KEYS[3] ~= '' then redis.call('PERSIST', KEYS[3]) end
return redis.call('XADD', KEYS[2], '*', 'source', ARGV[2], 'reason', ARGV[3], 'deliveries', ARGV[4], 'consumer', ARGV[6], 'message', ARGV[5])`;
