// A sample of the inspector (listed in ../samples.js): packages/fixtures/corpus/task/_untagged/legacy-task-callback-schema.xml, copied byte for byte.
export const sample = {
  name: 'legacy-task-callback-schema.xml',
  label: 'Malformed: </MeidaInfo> closes <MediaInfo> (XML)',
  source: 'task/_untagged/legacy-task-callback-schema.xml',
  contentType: 'application/xml',
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
};
