/** A TaskFinish XML body with one `<JobsDetail>` per job id (State Success); `userData` lands in the first job. */
export function taskFinishXml(jobIds: readonly string[], userData = ''): string {
  const jobs = jobIds.map(
    (jobId, index) =>
      `<JobsDetail><Code>Success</Code><Message>success</Message><JobId>${jobId}</JobId><State>Success</State><Tag>Transcode</Tag>` +
      `<QueueId>p1</QueueId><Input><BucketId>bucket-1250000000</BucketId><Region>ap-chongqing</Region><Object>in/${index}.mp4</Object></Input>` +
      `<Operation><TemplateId>t1</TemplateId>${index === 0 && userData ? `<UserData>${userData}</UserData>` : ''}</Operation></JobsDetail>`,
  );
  return `<Response><EventName>TaskFinish</EventName>${jobs.join('')}</Response>`;
}

/** A job id unique to this run, so that no two cases (or runs against one store) share a key. */
export function uniqueJobId(label: string): string {
  return `j${label}${crypto.randomUUID().replaceAll('-', '')}`;
}

/** The same TaskFinish as JSON: JSON strings may hold any character, XML 1.0 text may not hold most controls. */
export function taskFinishJson(jobIds: readonly string[]): string {
  return JSON.stringify({
    EventName: 'TaskFinish',
    JobsDetail: jobIds.map((jobId, index) => ({
      Code: 'Success',
      Message: 'success',
      JobId: jobId,
      State: 'Success',
      Tag: 'Transcode',
      QueueId: 'p1',
      Input: { BucketId: 'bucket-1250000000', Region: 'ap-chongqing', Object: `in/${index}.mp4` },
      Operation: { TemplateId: 't1' },
    })),
  });
}
