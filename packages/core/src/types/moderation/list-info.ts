// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.

/** `ListInfo`: the user blocklists/allowlists the moderated content hit. */
export interface ModerationListInfo {
  ListResults?: {
    /** 0 allowlist, 1 blocklist. */
    ListType?: number | undefined;
    ListName?: string | undefined;
    Entity?: string | undefined;
    [key: string]: unknown;
  }[] | undefined;
  [key: string]: unknown;
}
