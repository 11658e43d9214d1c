// A few real callback bodies from the corpus (@wanxiang/fixtures, packages/fixtures/corpus), copied byte for byte.
// `name` is the corpus file name (the <select> option value); `contentType` is what CI sends.
export const samples = [
  {
    name: "transcode-workflow-triggered.xml",
    label: "Transcode job, started by a workflow (XML)",
    source: "task/Transcode/transcode-workflow-triggered.xml",
    contentType: "application/xml",
    body: `<Response>
    <EventName>TaskFinish</EventName>
    <JobsDetail>
        <Code>Success</Code>
        <CreationTime>2022-06-30T15:29:42+0800</CreationTime>
        <EndTime>2022-06-30T15:30:08+0800</EndTime>
        <Input>
            <BucketId>test-123456789</BucketId>
            <Object>input/demo.mp4</Object>
            <Region>ap-chongqing</Region>
            <CosHeaders>
                <Key>Content-Type</Key>
                <Value>video/mp4</Value>
            </CosHeaders>
            <CosHeaders>
                <Key>x-cos-request-id</Key>
                <Value>NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5</Value>
            </CosHeaders>
            <CosHeaders>
                <Key>EventName</Key>
                <Value>cos:ObjectCreated:Put</Value>
            </CosHeaders>
            <CosHeaders>
                <Key>Size</Key>
                <Value>1424687</Value>
            </CosHeaders>
        </Input>
        <JobId>j68427030f84611ecb8546d80f2baf56f</JobId>
        <Message>success</Message>
        <Operation>
            <MediaInfo>
                <Format>
                    <Duration>13</Duration>
                    <NumStream>1</NumStream>
                    <Size>1909389</Size>
                </Format>
                <Stream>
                    <Audio>
                        <Bitrate>128000</Bitrate>
                        <Channel>2</Channel>
                        <ChannelLayout>stereo</ChannelLayout>
                        <CodecLongName>AAC (Advanced Audio Coding)</CodecLongName>
                        <CodecName>aac</CodecName>
                        <CodecTag>0x6134706d</CodecTag>
                        <CodecTagString>mp4a</CodecTagString>
                        <CodecTimeBase>1/44100</CodecTimeBase>
                        <Duration>13.653</Duration>
                        <Index>1</Index>
                        <Language>und</Language>
                        <SampleFmt>fltp</SampleFmt>
                        <SampleRate>44100</SampleRate>
                        <StartTime>0.000000</StartTime>
                        <Timebase>1/44100</Timebase>
                    </Audio>
                    <Subtitle/>
                    <Video>
                        <AvgFps>50.000</AvgFps>
                        <Bitrate>1031968</Bitrate>
                        <CodecLongName>H.265 / HEVC (High Efficiency Video Coding)</CodecLongName>
                        <CodecName>hevc</CodecName>
                        <CodecTag>0x31637668</CodecTag>
                        <CodecTagString>hvc1</CodecTagString>
                        <CodecTimeBase>1/50</CodecTimeBase>
                        <ColorPrimaries>bt470bg</ColorPrimaries>
                        <ColorRange>tv</ColorRange>
                        <ColorTransfer>smpte170m</ColorTransfer>
                        <Duration>12.960</Duration>
                        <FieldOrder>Unknown</FieldOrder>
                        <Fps>50/1</Fps>
                        <HasBFrame>4</HasBFrame>
                        <Height>960</Height>
                        <Index>0</Index>
                        <Language>und</Language>
                        <Level>4</Level>
                        <NumFrames>648</NumFrames>
                        <PixFormat>hvc1</PixFormat>
                        <Profile>Main</Profile>
                        <RefFrames>1</RefFrames>
                        <Rotation>0</Rotation>
                        <StartTime>0.000000</StartTime>
                        <Timebase>1/12800</Timebase>
                        <Width>540</Width>
                    </Video>
                </Stream>
            </MediaInfo>
            <MediaResult>
                <OutputFile>
                    <Bucket>test-123456789</Bucket>
                    <Md5Info>
                        <Md5>2db78d168edf2f883adce89a1b4ca033</Md5>
                        <ObjectName>output/transcode.mp4</ObjectName>
                    </Md5Info>
                    <ObjectName>output/transcode.mp4</ObjectName>
                    <ObjectPrefix/>
                    <Region>ap-chongqing</Region>
                </OutputFile>
            </MediaResult>
            <Output>
                <Bucket>test-123456789</Bucket>
                <Object>output/transcode.mp4</Object>
                <Region>ap-chongqing</Region>
            </Output>
            <TemplateId>t1995d523e42df4c5e858f244b4174360c</TemplateId>
            <TemplateName>trans_993874</TemplateName>
            <UserData>This is my Transcode job.</UserData>
        </Operation>
        <Progress>100</Progress>
        <QueueId>p2242ab62c7c94486915508540933a2c6</QueueId>
        <StartTime>2022-06-30T15:29:42+0800</StartTime>
        <State>Success</State>
        <Tag>Transcode</Tag>
        <Workflow>
            <Name>Transcode_1581665960537</Name>
            <RunId>ic90edd59f84f11ec9d4f525400a3c59f</RunId>
            <WorkflowId>web6ac56c1ef54dbfa44d7f4103203be9</WorkflowId>
            <WorkflowName>workflow-test</WorkflowName>
        </Workflow>
    </JobsDetail>
</Response>`,
  },
  {
    name: "speech-recognition-workflow-triggered.xml",
    label: "SpeechRecognition job with word timings (XML)",
    source: "task/SpeechRecognition/speech-recognition-workflow-triggered.xml",
    contentType: "application/xml",
    body: `<Response>
    <EventName>TaskFinish</EventName>
    <JobsDetail>
        <Code>Success</Code>
        <CreationTime>2022-09-02T10:25:38+0800</CreationTime>
        <EndTime>2022-09-02T10:25:46+0800</EndTime>
        <Input>
            <BucketId>test-1234567890</BucketId>
            <Object>minnong.mp3</Object>
            <Region>ap-chongqing</Region>
            <CosHeaders>
                <Key>Content-Type</Key>
                <Value>Audio/mp3</Value>
            </CosHeaders>
            <CosHeaders>
                <Key>x-cos-request-id</Key>
                <Value>NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5</Value>
            </CosHeaders>
            <CosHeaders>
                <Key>EventName</Key>
                <Value>cos:ObjectCreated:Put</Value>
            </CosHeaders>
            <CosHeaders>
                <Key>Size</Key>
                <Value>1424687</Value>
            </CosHeaders>
        </Input>
        <JobId>s886c0a7c2a6611ed847a618901112dcf</JobId>
        <Message/>
        <Operation>
            <UserData>This is my SpeechRecognition job.</UserData>
            <JobLevel>0</JobLevel>
            <Output>
                <Bucket>test-1234567890</Bucket>
                <Object>/example.txt</Object>
                <Region>ap-chongqing</Region>
            </Output>
            <SpeechRecognitionResult>
                <AudioTime>19.7124</AudioTime>
                <DetailObjectName>/example.txt.detail</DetailObjectName>
                <ObjectName>/example.txt</ObjectName>
                <Result>[0:3.320,0:19.712]  悯农，李绅，锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。</Result>
                <ResultDetail>
                    <EndMs>19712</EndMs>
                    <FinalSentence>悯农，李绅，锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。</FinalSentence>
                    <SliceSentence>悯 农 ， 李 绅 ， 锄禾 日 当午 ， 汗滴 禾 下 土 。 谁知 盘中餐 ， 粒粒 皆 辛苦 。</SliceSentence>
                    <SpeakerId>0</SpeakerId>
                    <SpeechSpeed>2.4</SpeechSpeed>
                    <StartMs>3320</StartMs>
                    <Words>
                        <OffsetEndMs>2190</OffsetEndMs>
                        <OffsetStartMs>0</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>悯</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>2625</OffsetEndMs>
                        <OffsetStartMs>2190</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>农</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>2625</OffsetEndMs>
                        <OffsetStartMs>2190</OffsetStartMs>
                        <VoiceType>1</VoiceType>
                        <Word>，</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>3060</OffsetEndMs>
                        <OffsetStartMs>2625</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>李</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>3825</OffsetEndMs>
                        <OffsetStartMs>3060</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>绅</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>3825</OffsetEndMs>
                        <OffsetStartMs>3060</OffsetStartMs>
                        <VoiceType>1</VoiceType>
                        <Word>，</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>5040</OffsetEndMs>
                        <OffsetStartMs>3825</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>锄禾</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>5475</OffsetEndMs>
                        <OffsetStartMs>5040</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>日</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>6390</OffsetEndMs>
                        <OffsetStartMs>5475</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>当午</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>6390</OffsetEndMs>
                        <OffsetStartMs>5475</OffsetStartMs>
                        <VoiceType>1</VoiceType>
                        <Word>，</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>7365</OffsetEndMs>
                        <OffsetStartMs>6390</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>汗滴</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>7755</OffsetEndMs>
                        <OffsetStartMs>7365</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>禾</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>8130</OffsetEndMs>
                        <OffsetStartMs>7755</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>下</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>8850</OffsetEndMs>
                        <OffsetStartMs>8130</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>土</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>8850</OffsetEndMs>
                        <OffsetStartMs>8130</OffsetStartMs>
                        <VoiceType>1</VoiceType>
                        <Word>。</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>9915</OffsetEndMs>
                        <OffsetStartMs>8850</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>谁知</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>11130</OffsetEndMs>
                        <OffsetStartMs>9915</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>盘中餐</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>11130</OffsetEndMs>
                        <OffsetStartMs>9915</OffsetStartMs>
                        <VoiceType>1</VoiceType>
                        <Word>，</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>12045</OffsetEndMs>
                        <OffsetStartMs>11130</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>粒粒</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>12540</OffsetEndMs>
                        <OffsetStartMs>12045</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>皆</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>14745</OffsetEndMs>
                        <OffsetStartMs>12540</OffsetStartMs>
                        <VoiceType>0</VoiceType>
                        <Word>辛苦</Word>
                    </Words>
                    <Words>
                        <OffsetEndMs>14745</OffsetEndMs>
                        <OffsetStartMs>12540</OffsetStartMs>
                        <VoiceType>1</VoiceType>
                        <Word>。</Word>
                    </Words>
                    <WordsNum>22</WordsNum>
                </ResultDetail>
            </SpeechRecognitionResult>
            <TemplateId>t14aea553bb55c468b963fafa472afc538</TemplateId>
            <TemplateName>test</TemplateName>
        </Operation>
        <QueueId>p2242ab62c7c94486915508540933a2c6</QueueId>
        <StartTime>2022-09-02T10:25:39+0800</StartTime>
        <State>Success</State>
        <Tag>SpeechRecognition</Tag>
        <Workflow>
            <Name>SpeechRecognition_1581665960537</Name>
            <RunId>ic90edd59f84f11ec9d4f525400a3c59f</RunId>
            <WorkflowId>web6ac56c1ef54dbfa44d7f4103203be9</WorkflowId>
            <WorkflowName>workflow-test</WorkflowName>
        </Workflow>
    </JobsDetail>
</Response>`,
  },
  {
    name: "workflow-finish-example-json.json",
    label: "Workflow run with two tasks (JSON)",
    source: "workflow/WorkflowFinish/workflow-finish-example-json.json",
    contentType: "application/json",
    body: `{
    "EventName": "WorkflowFinish",
    "WorkflowExecution": {
        "WorkflowId": "web6ac56c1ef54dbfa44d7f4103203be9",
        "WorkflowName": "workflow-3",
        "RunId": "i166ee19017b011eda8a5525400c540df",
        "State": "Success",
        "BucketId": "test-1234567890",
        "Object": "wk-test/game.mp4",
        "CreateTime": "2022-08-09 14:54:17+0800",
        "CosHeaders": [{
                "Key": "Content-Type",
                "Value": "video/mp4"
            },
            {
                "Key": "x-cos-request-id",
                "Value": "NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5"
            }
        ],
        "Tasks": [{
                "Type": "Snapshot",
                "CreateTime": "2022-08-09 14:54:40+0800",
                "EndTime": "2022-08-09 14:54:42+0800",
                "State": "Success",
                "JobId": "j23c11e1e17b011edaab4ab15ec33d076",
                "Name": "Snapshot_1581665960536",
                "TemplateId": "t07740e32081b44ad7a0aea03adcffd54a",
                "TemplateName": "snapshot_1280*720_3"
            },
            {
                "Type": "Transcode",
                "CreateTime": "2022-08-09 14:54:18+0800",
                "EndTime": "2022-08-09 14:54:39+0800",
                "State": "Success",
                "JobId": "j168668b217b011ed8efb27bb229e2d11",
                "Name": "Transcode_1581665960537",
                "TemplateId": "t01e57db1c2d154d2fb57aa5de9313a897",
                "TemplateName": "MP4-265-SD"
            }
        ]
    }
}`,
  },
  {
    name: "video-detail-example.json",
    label: "Video moderation, Detail shape (JSON)",
    source: "moderation/video/video-detail-example.json",
    contentType: "application/json",
    body: `{
  "EventName": "ReviewVideo",
  "JobsDetail": {
    "JobId": "xxxxxx",
    "State": "Success",
    "CreationTime": "2021-08-10T21:01:10+08:00",
    "Object": "1.mp4",
    "Label": "Normal",
    "Result": 0,
    "SnapshotCount": 1,
    "PornInfo": {
      "HitFlag": 0,
      "Count": 0
    },
    "AdsInfo": {
      "HitFlag": 0,
      "Count": 0
    },
    "Snapshot": [
      {
        "Url": "https://video-1250000000.cos.ap-chongqing.myqcloud.com/test/0.jpg",
        "Text": "",
        "SnapshotTime": 41,
        "Label": "Normal",
        "Result": 0,
        "PornInfo": {
          "HitFlag": 0,
          "Score": 0,
          "Label": "",
          "SubLabel": ""
        },
        "AdsInfo": {
          "HitFlag": 0,
          "Score": 0,
          "Label": "",
          "SubLabel": ""
        }
      }
    ],
    "AudioSection": [
      {
        "Url": "https://audio-1250000000.cos.ap-guangzhou.myqcloud.com/0.mp3",
        "Text": "",
        "OffsetTime": 0,
        "Duration": 30000,
        "Label": "Normal",
        "Result": 0,
        "PornInfo": {
          "HitFlag": 0,
          "Score": 0
        },
        "AdsInfo": {
          "HitFlag": 0,
          "Score": 0
        }
      }
    ],
    "BucketId": "examplebucket-1250000000",
    "Region": "ap-chongqing",
    "ForbidState": 0,
    "CosHeaders": {
        "x-cos-meta-id": "xxxx"
    }
  }
}`,
  },
  {
    name: "legacy-task-callback-schema.xml",
    label: "Malformed: </MeidaInfo> closes <MediaInfo> (XML)",
    source: "task/_untagged/legacy-task-callback-schema.xml",
    contentType: "application/xml",
    body: `<Response>
       <JobsDetail>
           <Code></Code>
           <Message></Message>
           <JobId></JobId>
           <State></State>
           <CreationTime></CreationTime>
           <EndTime></EndTime>
           <QueueId></QueueId>
           <Tag></Tag>
           <Input>
                 <CosHeaders></CosHeaders>
                 <Region></Region>
                 <BucketId></BucketId>
                 <Object></Object>
           </Input>
           <Operation>
                 <TemplateId></TemplateId>
                 <TemplateName></TemplateName>
                 <MediaResult></MediaResult>
                 <Output>
                    <Region></Region>
                    <Bucket></Bucket>
                    <Object></Object>
                 </Output>
                 <MediaInfo>
                 </MeidaInfo>
           </Operation>
           <Workflow>   
                 <RunId></RunId>   
                 <WorkflowId></WorkflowId>  
                 <WorkflowName></WorkflowName>  
                 <Name></Name>
           </Workflow>
       </JobsDetail>
</Response>`,
  },
];
