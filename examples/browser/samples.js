// A few real callback bodies from the corpus (@wanxiang/fixtures, packages/fixtures/corpus), copied byte for byte.
// `name` is the corpus file name (the <select> option value); `contentType` is what CI sends.
// One file per sample, under samples/; this list sets their order in the <select> (the first is shown on load).

import { sample as legacyTaskCallbackSchema } from './samples/legacy-task-callback-schema.js';
import { sample as speechRecognitionWorkflowTriggered } from './samples/speech-recognition-workflow-triggered.js';
import { sample as transcodeWorkflowTriggered } from './samples/transcode-workflow-triggered.js';
import { sample as videoDetailExample } from './samples/video-detail-example.js';
import { sample as workflowFinishExampleJson } from './samples/workflow-finish-example-json.js';

export const samples = [transcodeWorkflowTriggered, speechRecognitionWorkflowTriggered, workflowFinishExampleJson, videoDetailExample, legacyTaskCallbackSchema];
