import * as v from 'valibot';
import { Text } from '../fields/text.js';
import { node } from '../fields/node.js';

/** `UserInfo`: the business user data given when the job was submitted, echoed back. All String. */
export const ModerationUserInfo = node({
  TokenId: Text,
  Nickname: Text,
  DeviceId: Text,
  AppId: Text,
  Room: Text,
  IP: Text,
  Type: Text,
  ReceiveTokenId: Text,
  Gender: Text,
  Level: Text,
  Role: Text,
});

export type ModerationUserInfo = v.InferOutput<typeof ModerationUserInfo>;
