import type * as v from 'valibot';
import type * as generated from '../../types/moderation/user-info.js';
import { node } from '../fields/node.js';
import { Text } from '../fields/text.js';

/** `UserInfo`: the business user data given when the job was submitted, echoed back. All String. */
export const ModerationUserInfo: v.GenericSchema<unknown, ModerationUserInfo> = node({
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

export type ModerationUserInfo = generated.ModerationUserInfo;
