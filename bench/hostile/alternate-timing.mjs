// The timing both hostile scripts use (driver.mjs, reference.mjs).

/** Parses each body twice, so that every path of both is compiled before anything is measured. */
export function warmUp(parse, hostileBody, benignBody) {
  for (let i = 0; i < 2; i++) {
    parse(benignBody);
    parse(hostileBody);
  }
}

/**
 * The hostile and the benign body parsed alternately, five times each; the fastest of each is
 * kept: on a loaded machine the other runs measure the load, not the parse.
 */
export function fastestTimes(parse, hostileBody, benignBody) {
  const once = (body) => {
    const start = performance.now();
    parse(body);
    return performance.now() - start;
  };
  const hostile = [];
  const benign = [];
  for (let i = 0; i < 5; i++) {
    benign.push(once(benignBody));
    hostile.push(once(hostileBody));
  }
  return { hostileMs: Math.min(...hostile), benignMs: Math.min(...benign) };
}
