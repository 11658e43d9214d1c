import type * as v from 'valibot';
import type * as generated from '../../types/moderation/list-info.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';

/** `ListInfo`: the user blocklists/allowlists the moderated content hit. */
export const ModerationListInfo: v.GenericSchema<unknown, ModerationListInfo> = node({
  ListResults: list(
    node({
      /** 0 allowlist, 1 blocklist. */
      ListType: Numeric,
      ListName: Text,
      Entity: Text,
    }),
  ),
});

export type ModerationListInfo = generated.ModerationListInfo;
