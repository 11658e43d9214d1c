/** The fields of a `shared/corpus/manifest.json` entry that the corpus check reads. */
export interface ManifestEntry {
  file: string;
  format: 'xml' | 'json';
  family: 'task' | 'workflow' | 'moderation';
  kind: string;
  eventName: string | null;
  tags: (string | null)[];
  jobIds: (string | null)[];
  states: (string | null)[];
  jobsDetailCount: number;
  moderationVariant?: 'Simple' | 'Detail';
  wellFormed: boolean;
  workflow?: {
    runId: string;
    workflowId: string;
    state: string;
    tasksCount: number;
    tasks: { type: string; jobId: string; state: string }[];
    cosHeadersCount: number;
  };
  simple?: {
    code: number;
    message: string;
    event: string | null;
    result: number;
    forbidden_status: number;
    trace_id: string;
    url: string;
  };
}

/** One twins.json pair: the same callback in both wire formats. */
export interface TwinPair {
  xml: string;
  json: string;
}
