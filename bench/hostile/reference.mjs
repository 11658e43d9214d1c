// The platform's own parser on one hostile shape and the benign body of the same size, in a
// process of its own:
//   node --max-old-space-size=512 bench/hostile/reference.mjs <shape> <xml|json> <bytes>
// prints one JSON line. The reference is V8's native JSON.parse for JSON and txml (the fastest
// XML tree parser in bench/results.md) for XML: neither validates or checks anything, so its
// hostile ÷ benign ratio is what the shape costs any reader that builds the tree. It is what a
// shape listed as over the 3× bound in the bounds test is held to instead (see bounds.test.ts).
// A larger heap than the driver's: txml holds some of these trees at 40× their text.
// Timing as in driver.mjs: alternately, after a warm-up, the fastest of five each.
import { parse as txml } from 'txml/txml';
import { fastestTimes, warmUp } from './alternate-timing.mjs';
import { benign, shapes } from './shapes.mjs';

const [shapeId, format, bytesArg] = process.argv.slice(2);
const size = Number(bytesArg);
const shape = shapes.find((s) => s.id === shapeId);
if (!shape) throw new Error(`no shape ${shapeId}`);
const hostileBody = shape[format](size);
const benignBody = benign(format, size);
const parse = format === 'json' ? (body) => JSON.parse(body) : (body) => txml(body);

warmUp(parse, hostileBody, benignBody);
const { hostileMs, benignMs } = fastestTimes(parse, hostileBody, benignBody);
process.stdout.write(`${JSON.stringify({ shape: shapeId, format, reference: format === 'json' ? 'JSON.parse' : 'txml', hostileMs, benignMs })}\n`);
