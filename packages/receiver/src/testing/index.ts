// @wanxiang/receiver/testing — the forwarder conformance suite, portable (no test framework, no Node API).

export { ConformanceFailure } from './check.js';
export { taskFinishJson, taskFinishXml, uniqueJobId } from './conformance-bodies.js';
export type { ConformanceCase, ConformanceSystem, DownstreamPost, ForwardedMessage, ForwarderSubject, SendMode } from './conformance-subject.js';
export { type DeviantShape, type DeviantShapeName, deviantShapes } from './deviant-bodies.js';
export { forwarderConformance } from './forwarder-conformance.js';
export { createMemoryArchive, type MemoryArchive } from './memory-archive.js';
export { createMemoryLedger } from './memory-ledger.js';
