// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `UserInfo`: the business user data given when the job was submitted, echoed back. All String. */
export interface ModerationUserInfo {
  TokenId?: string | undefined;
  Nickname?: string | undefined;
  DeviceId?: string | undefined;
  AppId?: string | undefined;
  Room?: string | undefined;
  IP?: string | undefined;
  Type?: string | undefined;
  ReceiveTokenId?: string | undefined;
  Gender?: string | undefined;
  Level?: string | undefined;
  Role?: string | undefined;
  [key: string]: unknown;
}
