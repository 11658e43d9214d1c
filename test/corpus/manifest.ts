// The corpus types, from the package that holds the corpus (written once, there).
export type { ManifestEntry, TwinPair } from '@wanxiang/fixtures';
