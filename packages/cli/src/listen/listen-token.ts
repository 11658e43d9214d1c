import { randomBytes } from 'node:crypto';
import { listSetting, MIN_TOKEN_LENGTH } from '@wanxiang/receiver';

/** The callback token `listen` accepts, and how to show it in the URL it prints. */
export interface ListenToken {
  token: string;
  /** The URL's last segment as printed: the token itself, or a placeholder when it came from the environment. */
  shown: string;
  /** The same segment for a shell: the token, or `${CI_TOKENS%%,*}`, so that the curl line runs as printed. */
  shell: string;
  source: 'option' | 'env' | 'generated';
}

/**
 * `--token`, else the first of `CI_TOKENS`, else a fresh development token. One from the
 * environment is not printed (it is the production secret, and terminals are recorded); one the
 * user typed or that was made here is.
 *
 * @throws RangeError for a token under {@link MIN_TOKEN_LENGTH} characters.
 */
export function listenToken(option: string | undefined, env: Readonly<Record<string, string | undefined>>): ListenToken {
  const fromEnv = listSetting(env.CI_TOKENS)[0];
  const token = option ?? fromEnv ?? `dev-${randomBytes(16).toString('hex')}`;
  if (token.length < MIN_TOKEN_LENGTH) throw new RangeError(`the token must be at least ${MIN_TOKEN_LENGTH} characters (${option !== undefined ? '--token' : 'CI_TOKENS'})`);
  if (option !== undefined) return { token, shown: encodeURIComponent(token), shell: encodeURIComponent(token), source: 'option' };
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the shell's parameter expansion (the first of the list), for the curl line
  if (fromEnv !== undefined) return { token, shown: '<first of CI_TOKENS>', shell: '${CI_TOKENS%%,*}', source: 'env' };
  return { token, shown: token, shell: token, source: 'generated' };
}
