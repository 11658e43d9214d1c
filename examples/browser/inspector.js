// The callback inspector: a body in (pasted, dropped or picked), the event @wanxiang/core makes
// of it out, drawn for a person. One source for both pages: index.html loads this module (and
// the views under inspector/) as is; scripts/build-inspector.mjs bundles them with the core into
// examples/browser/dist/inspector.html.
//
// Bodies are untrusted. Every string that comes from one reaches the page through text nodes,
// attributes or CSSOM properties (DOM APIs), never through innerHTML or a URL.
import { isCallbackError, parseCallback } from '../../packages/core/dist/wanxiang.browser.js';
import { contentTypeFromName, formatNote, sourceDescription } from './inspector/body-source.js';
import { append, h } from './inspector/dom.js';
import { errorView } from './inspector/error-view.js';
import { eventView } from './inspector/event-view.js';
import { acceptDroppedFiles } from './inspector/file-drop.js';
import { zone } from './inspector/time.js';
import { samples } from './samples.js';

const $ = (selector) => document.querySelector(selector);
const bodyInput = $('#body');
const sampleSelect = $('#sample');
const inspectButton = $('#inspect');
const fileInput = $('#file');
const output = $('#output');
const sourceNote = $('#source-note');
const dropOverlay = $('#drop-overlay');

/** The body's largest size shown in the textarea; bigger files are parsed but not shown. */
const LARGEST_SHOWN = 4 * 1024 * 1024;

/** Where the body comes from (see inspector/body-source.js). */
let source = { origin: 'empty', bytes: undefined, contentType: undefined };

/** Selects the place a syntax error names (1-based line and column) in the body. */
function selectInBody(line, column) {
  const lines = bodyInput.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset = Math.min(bodyInput.value.length, offset + Math.max(0, column - 1));
  // Blurring first makes focus() scroll the selection into view.
  bodyInput.blur();
  bodyInput.setSelectionRange(offset, Math.min(bodyInput.value.length, offset + 1));
  bodyInput.focus();
}

/** Parses the current body and draws the result. Returns what tests may want to know. */
function render() {
  sourceNote.textContent = sourceDescription(source, bodyInput.value);
  // Indented bodies read best unwrapped; a body on one long line (compact JSON) wrapped.
  bodyInput.classList.toggle(
    'wrap',
    bodyInput.value.split('\n').some((line) => line.length > 200),
  );
  const body = source.bytes ?? bodyInput.value;
  const note = formatNote(source, bodyInput.value);
  let view;
  let outcome;
  try {
    const event = parseCallback(body, { contentType: source.contentType });
    view = [
      eventView(event, note),
      h('details', { class: 'raw' }, h('summary', null, 'The event as ', h('code', null, 'parseCallback'), ' returns it (JSON)'), h('pre', null, JSON.stringify(event, null, 2))),
    ];
    outcome = { ok: true, eventName: event.EventName };
  } catch (error) {
    // A place in a file read as bytes cannot be selected in the textarea.
    view = errorView(error, note, source.bytes === undefined ? selectInBody : undefined);
    outcome = { ok: false, code: isCallbackError(error) ? error.code : String(error?.name), issues: error?.issues ?? [] };
    if (!isCallbackError(error)) console.error(error);
  }
  output.replaceChildren(append(document.createDocumentFragment(), [view]));
  return outcome;
}

function showSample(name) {
  const sample = samples.find((candidate) => candidate.name === name);
  if (!sample) return;
  sampleSelect.value = sample.name;
  bodyInput.value = sample.body;
  bodyInput.scrollTop = 0;
  source = { origin: 'sample', name: sample.name, bytes: undefined, contentType: sample.contentType ?? contentTypeFromName(sample.name) };
  render();
}

async function showFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  bodyInput.value = bytes.byteLength <= LARGEST_SHOWN ? new TextDecoder('utf-8').decode(bytes) : '';
  bodyInput.scrollTop = 0;
  sampleSelect.selectedIndex = -1;
  source = { origin: 'file', name: file.name, bytes, contentType: contentTypeFromName(file.name) };
  render();
}

for (const sample of samples) sampleSelect.append(h('option', { value: sample.name }, sample.label ?? sample.name));
sampleSelect.addEventListener('change', () => showSample(sampleSelect.value));

bodyInput.addEventListener('input', () => {
  // Edited by hand: the text is the body now, and nothing says its format.
  if (source.origin !== 'text') {
    source = { origin: 'text', bytes: undefined, contentType: undefined };
    sampleSelect.selectedIndex = -1;
  }
  render();
});
bodyInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    render();
  }
});
inspectButton.addEventListener('click', () => render());

$('#open-file').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const [file] = fileInput.files ?? [];
  if (file) showFile(file);
  fileInput.value = '';
});

acceptDroppedFiles(dropOverlay, showFile);

$('#zone-note').textContent = `Times are shown in your time zone (${zone}); hover over one to see it as CI sent it.`;

/** For tests and the console: inspect `text` as if pasted, with an optional Content-Type. */
window.inspect = (text, contentType) => {
  bodyInput.value = String(text);
  sampleSelect.selectedIndex = -1;
  source = { origin: 'text', bytes: undefined, contentType: contentType ?? undefined };
  return render();
};

if (samples.length > 0) showSample(samples[0].name);
else render();
document.documentElement.dataset.ready = 'true';
