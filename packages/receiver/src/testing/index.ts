// @wanxiang/receiver/testing — the forwarder conformance suite, portable (no test framework, no Node API).
export { forwarderConformance } from './forwarder-conformance.js';
export type { ForwarderSubject, ConformanceSystem, ConformanceCase, DownstreamPost, ForwardedMessage, SendMode } from './conformance-subject.js';
export { ConformanceFailure } from './check.js';
export { taskFinishXml, taskFinishJson, uniqueJobId } from './conformance-bodies.js';
export { createMemoryLedger } from './memory-ledger.js';
export { deviantShapes, type DeviantShape, type DeviantShapeName } from './deviant-bodies.js';
export { createMemoryArchive, type MemoryArchive } from './memory-archive.js';
