import { parseCallback, type TaskFinishEvent } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';

// The response sample of the media-info API page (数据万象 获取媒体信息), whose structure every
// media job's Operation.MediaInfo reuses, wrapped in a MediaInfo job callback.
const body = `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>MediaInfo</Tag><State>Success</State><Operation>
<MediaInfo>
  <Format><Bitrate>1014.950000</Bitrate><Duration>10.125000</Duration><FormatLongName>QuickTime / MOV</FormatLongName>
    <FormatName>mov,mp4,m4a,3gp,3g2,mj2</FormatName><NumProgram>0</NumProgram><NumStream>2</NumStream><Size>1284547</Size><StartTime>0.000000</StartTime></Format>
  <Stream>
    <Audio><Bitrate>70.451000</Bitrate><Channel>1</Channel><ChannelLayout>mono</ChannelLayout><CodecName>aac</CodecName><CodecTag>0x6134706d</CodecTag>
      <CodecTimeBase>1/44100</CodecTimeBase><Duration>10.125000</Duration><Index>1</Index><Language>und</Language><SampleFmt>fltp</SampleFmt><SampleRate>44100</SampleRate></Audio>
    <Subtitle/>
    <Video><AvgFps>24/1</AvgFps><Bitrate>938.164000</Bitrate><CodecName>H.264</CodecName><Dar>40:53</Dar><Fps>24.500000</Fps><HasBFrame>2</HasBFrame>
      <Height>1280</Height><Index>0</Index><Level>32</Level><NumFrames>243</NumFrames><PixFormat>yuv420p</PixFormat><RefFrames>1</RefFrames><Sar>25600:25599</Sar><Width>966</Width></Video>
  </Stream>
</MediaInfo></Operation></JobsDetail></Response>`;

describe('MediaInfo follows the media-info API structure', () => {
  const event = parseCallback(body) as TaskFinishEvent;
  const job = event.JobsDetail[0]!;
  if (job.Tag !== 'MediaInfo') throw new Error('expected a MediaInfo job');
  const info = job.Operation!.MediaInfo!;

  it('types Format sizes and times as numbers', () => {
    expect(info.Format).toMatchObject({ Bitrate: 1014.95, Duration: 10.125, NumProgram: 0, NumStream: 2, Size: 1284547, StartTime: 0 });
    expect(info.Format?.FormatName).toBe('mov,mp4,m4a,3gp,3g2,mj2');
  });

  it('makes every stream kind a list, one entry per stream', () => {
    expect(info.Stream?.Video).toHaveLength(1);
    expect(info.Stream?.Audio).toHaveLength(1);
    expect(info.Stream?.Subtitle).toBeUndefined();
  });

  it('types stream numbers as numbers and ratios, codecs and tags as text', () => {
    expect(info.Stream?.Video?.[0]).toMatchObject({ Width: 966, Height: 1280, Level: 32, NumFrames: 243, HasBFrame: 2, RefFrames: 1, Bitrate: 938.164 });
    expect(info.Stream?.Video?.[0]).toMatchObject({ AvgFps: '24/1', Fps: '24.500000', Dar: '40:53', Sar: '25600:25599', CodecName: 'H.264' });
    expect(info.Stream?.Audio?.[0]).toMatchObject({ SampleRate: 44100, Channel: 1, Index: 1, Bitrate: 70.451, CodecTag: '0x6134706d', CodecTimeBase: '1/44100' });
  });

  it('reads two audio streams as two list entries', () => {
    const twoAudio = body.replace('<Subtitle/>', '<Audio><Index>2</Index><CodecName>ac3</CodecName></Audio>');
    const parsed = parseCallback(twoAudio) as TaskFinishEvent;
    const second = parsed.JobsDetail[0]!;
    if (second.Tag !== 'MediaInfo') throw new Error('expected a MediaInfo job');
    expect(second.Operation?.MediaInfo?.Stream?.Audio?.map((stream) => stream.Index)).toEqual([1, 2]);
  });
});
