// The methods compared. Every method gets the body as a string (all of them accept one; the
// parser also accepts bytes, which would add a UTF-8 decode), created once outside the timing.
import { parseCallback } from '@wanxiang/core';
import { XMLParser } from 'fast-xml-parser';
import { parse as txmlParse } from 'txml';
import xml2js from 'xml2js';

// Created once, outside the timed loop, with defaults: what Tencent's Node SDK does.
const fxp = new XMLParser();
const xmlOptions = { contentType: 'application/xml' };
const jsonOptions = { contentType: 'application/json' };

export const methods = [
  {
    id: 'parseCallback-xml',
    label: 'parseCallback (XML)',
    format: 'xml',
    note: 'full: strictness, normalization, validation; contentType application/xml',
    fn: (text) => parseCallback(text, xmlOptions),
  },
  { id: 'txml', label: 'txml parse', format: 'xml', note: 'raw DOM, defaults: the floor for XML', fn: (text) => txmlParse(text) },
  { id: 'fast-xml-parser', label: 'fast-xml-parser', format: 'xml', note: 'new XMLParser() once, .parse(text), defaults', fn: (text) => fxp.parse(text) },
  { id: 'xml2js', label: 'xml2js', format: 'xml', async: true, note: 'await parseStringPromise(text), defaults', fn: (text) => xml2js.parseStringPromise(text) },
  {
    id: 'parseCallback-json',
    label: 'parseCallback (JSON)',
    format: 'json',
    note: 'full; contentType application/json',
    fn: (text) => parseCallback(text, jsonOptions),
  },
  { id: 'JSON.parse', label: 'JSON.parse', format: 'json', note: 'the floor for JSON', fn: (text) => JSON.parse(text) },
];

export const methodById = Object.fromEntries(methods.map((m) => [m.id, m]));
