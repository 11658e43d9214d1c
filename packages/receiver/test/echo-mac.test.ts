import { describe, expect, it, vi } from 'vitest';
import { constantTimeEqual } from '../src/policy/echo/constant-time-equal.js';
import { ECHO_COS_META_HEADER, ECHO_FIELD_MAX_BYTES, ECHO_MAX_DATA_LENGTH, type EchoField, echoFields } from '../src/policy/echo/echo-field.js';
import { ECHO_OVERHEAD } from '../src/policy/echo/echo-format.js';
import { signEcho, verifyEcho } from '../src/policy/echo/echo-mac.js';

// Wraps the comparison (behaviour unchanged) so a test can see that verifyEcho goes through it.
vi.mock('../src/policy/echo/constant-time-equal.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/policy/echo/constant-time-equal.js')>();
  return { ...original, constantTimeEqual: vi.fn(original.constantTimeEqual) };
});

const SECRET = 'a-secret-of-32-characters-long!!';
const OTHER = 'another-secret-32-characters-ok!';

/** The value with the character at `index` replaced by another one of the same class. */
function flip(value: string, index: number): string {
  const replacement = value[index] === 'A' ? 'B' : 'A';
  return value.slice(0, index) + replacement + value.slice(index + 1);
}

describe('signEcho / verifyEcho', () => {
  it('round-trips: the data comes back', async () => {
    const value = await signEcho(SECRET, 'job-42:videos/a.mp4');
    expect(value).toMatch(/^e1\.[A-Za-z0-9_-]{22}\.job-42:videos\/a\.mp4$/);
    expect(await verifyEcho(SECRET, value)).toEqual({ valid: true, data: 'job-42:videos/a.mp4' });
  });

  it('round-trips empty data and data at every field’s limit', async () => {
    expect(await verifyEcho(SECRET, await signEcho(SECRET, ''))).toEqual({ valid: true, data: '' });
    for (const field of echoFields) {
      const data = 'x'.repeat(ECHO_MAX_DATA_LENGTH[field]);
      expect(await verifyEcho(SECRET, await signEcho(SECRET, data, { field }), { field })).toEqual({ valid: true, data });
    }
  });

  it('computes the documented MAC: HMAC-SHA256 of "e1\\n<field>\\n<data>", first 128 bits, base64url', async () => {
    // An independent computation, so another language can mint values the receiver accepts.
    const mac = async (context: string) => {
      const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const bytes = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(context))).subarray(0, 16);
      return btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    };
    expect(await signEcho(SECRET, 'job-42')).toBe(`e1.${await mac('e1\n\njob-42')}.job-42`);
    expect(await signEcho(SECRET, 'job-42', { field: 'DataId' })).toBe(`e1.${await mac('e1\nDataId\njob-42')}.job-42`);
  });

  it('is deterministic: the same secret, field and data give the same value', async () => {
    expect(await signEcho(SECRET, 'a', { field: 'DataId' })).toBe(await signEcho(SECRET, 'a', { field: 'DataId' }));
    expect(await signEcho(SECRET, 'a', { field: 'DataId' })).not.toBe(await signEcho(SECRET, 'a', { field: 'UserData' }));
  });

  it('refuses a value signed with another secret', async () => {
    const result = await verifyEcho(SECRET, await signEcho(OTHER, 'job-42'));
    expect(result.valid).toBe(false);
    expect(result).toMatchObject({ reason: expect.stringContaining('MAC does not match') });
  });

  it('refuses tampered data, however small the change', async () => {
    const value = await signEcho(SECRET, 'job-42');
    expect((await verifyEcho(SECRET, value.replace('job-42', 'job-43'))).valid).toBe(false);
    expect((await verifyEcho(SECRET, `${value}x`)).valid).toBe(false);
    expect((await verifyEcho(SECRET, value.slice(0, -1))).valid).toBe(false);
  });

  it('refuses a tampered MAC at its first and its last character', async () => {
    const value = await signEcho(SECRET, 'job-42');
    expect((await verifyEcho(SECRET, flip(value, 3))).valid).toBe(false);
    expect((await verifyEcho(SECRET, flip(value, 24))).valid).toBe(false);
  });

  it('refuses a second spelling of the same MAC (the 4 unused bits of the last character)', async () => {
    const value = await signEcho(SECRET, 'job-42');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(value[24]!);
    const sibling = value.slice(0, 24) + alphabet[last ^ 1] + value.slice(25);
    expect((await verifyEcho(SECRET, sibling)).valid).toBe(false);
  });

  it('refuses truncated values with a reason', async () => {
    const value = await signEcho(SECRET, 'job-42');
    for (const cut of [value.slice(0, 3), value.slice(0, 20), value.slice(0, 25), 'e1', 'e']) {
      const result = await verifyEcho(SECRET, cut);
      expect(result.valid, cut).toBe(false);
    }
    expect(await verifyEcho(SECRET, value.slice(0, 25))).toMatchObject({ reason: expect.stringContaining('truncated') });
  });

  it('refuses the empty value and values of another format', async () => {
    expect(await verifyEcho(SECRET, '')).toEqual({ valid: false, reason: 'empty' });
    for (const other of ['This is my Transcode job.', 'e2.AAAAAAAAAAAAAAAAAAAAAA.x', 'E1.AAAAAAAAAAAAAAAAAAAAAA.x']) {
      expect((await verifyEcho(SECRET, other)).valid).toBe(false);
    }
    const value = await signEcho(SECRET, 'job');
    expect(await verifyEcho(SECRET, `${value} `)).toMatchObject({ valid: false, reason: expect.stringContaining('character') });
  });

  it('accepts any of several secrets (rotation), and refuses once the old one is dropped', async () => {
    const old = await signEcho(OTHER, 'job-1');
    const fresh = await signEcho(SECRET, 'job-2');
    expect(await verifyEcho([SECRET, OTHER], old)).toEqual({ valid: true, data: 'job-1' });
    expect(await verifyEcho([SECRET, OTHER], fresh)).toEqual({ valid: true, data: 'job-2' });
    expect((await verifyEcho([SECRET], old)).valid).toBe(false);
  });

  it('binds a field: a value for one field is refused in another, an unbound one is accepted everywhere', async () => {
    const header = await signEcho(SECRET, 'obj', { field: 'CosMeta' });
    expect((await verifyEcho(SECRET, header, { field: 'CosMeta' })).valid).toBe(true);
    expect((await verifyEcho(SECRET, header, { field: 'UserData' })).valid).toBe(false);
    expect((await verifyEcho(SECRET, header)).valid).toBe(false);
    const unbound = await signEcho(SECRET, 'obj');
    for (const field of echoFields) expect((await verifyEcho(SECRET, unbound, { field })).valid).toBe(true);
  });

  it('throws TypeError for a secret under 16 characters, no secret, or an unknown field', async () => {
    await expect(signEcho('fifteen-chars!!', 'x')).rejects.toThrow(TypeError);
    await expect(verifyEcho('fifteen-chars!!', 'x')).rejects.toThrow(TypeError);
    await expect(verifyEcho([], 'x')).rejects.toThrow(TypeError);
    await expect(verifyEcho([SECRET, 'short'], 'x')).rejects.toThrow(/secret 1 /);
    await expect(signEcho(SECRET, 'x', { field: 'Url' as EchoField })).rejects.toThrow(TypeError);
    expect(await signEcho('sixteen-chars!!!', 'x')).toMatch(/^e1\./);
  });

  it('throws TypeError for data the format cannot carry', async () => {
    for (const data of ['a b', 'a\nb', '数据', 'a&b', '<x>', '{"a":1}', 'a%20b', 'a+b', 'a?b', 'a#b']) {
      await expect(signEcho(SECRET, data), data).rejects.toThrow(TypeError);
    }
    await expect(signEcho(SECRET, 'x'.repeat(ECHO_MAX_DATA_LENGTH.DataId + 1))).rejects.toThrow(/at most 486/);
    await expect(signEcho(SECRET, 'x'.repeat(ECHO_MAX_DATA_LENGTH.UserData + 1), { field: 'UserData' })).rejects.toThrow(TypeError);
    await expect(signEcho(SECRET, 'x'.repeat(ECHO_MAX_DATA_LENGTH.UserData), { field: 'UserData' })).resolves.toHaveLength(1024);
  });
});

describe('the documented limits of each field', () => {
  // UserData: "透传用户信息, 可打印的 ASCII 码, 长度不超过1024" — tencentyun/intlcloud-documents:
  //   yehe_doc/基础存储服务/数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交音视频转码任务_intl_zh.md
  // DataId: "can contain up to 512 bytes" — tencentyun/intlcloud-documents:
  //   yehe_doc/基础存储服务/数据万象/API 文档/内容审核/文本审核/提交文本审核任务_intl_en.md (no charset documented)
  // x-cos-meta-*: "包括用户自定义元数据头部后缀和用户自定义元数据信息…大小限制为2KB", suffix without "_" —
  //   tencentyun/intlcloud-documents: yehe_doc/基础存储服务/对象存储/API 文档/Object 接口/基本操作/PUT Object_intl_zh.md
  const USER_DATA_MAX = 1024;
  const DATA_ID_MAX_BYTES = 512;
  const COS_META_MAX_BYTES = 2048;
  const printableAscii = /^[\x20-\x7E]*$/;

  it('the constants are the documented ones', () => {
    expect(ECHO_FIELD_MAX_BYTES).toEqual({ UserData: USER_DATA_MAX, DataId: DATA_ID_MAX_BYTES, CosMeta: COS_META_MAX_BYTES });
    expect(ECHO_OVERHEAD).toBe(26);
    expect(ECHO_MAX_DATA_LENGTH).toEqual({ UserData: 998, DataId: 486, CosMeta: 2015 });
  });

  /** The longest value for a field, from data of every character the format carries. */
  async function longest(field: EchoField | undefined): Promise<string> {
    const alphabet = 'ABCXYZabcxyz0189-._~:@/';
    const length = ECHO_MAX_DATA_LENGTH[field ?? 'DataId'];
    const data = alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);
    return signEcho(SECRET, data, field ? { field } : {});
  }

  it('UserData: printable ASCII, at most 1024 characters', async () => {
    const value = await longest('UserData');
    expect(value.length).toBe(USER_DATA_MAX);
    expect(value).toMatch(printableAscii);
  });

  it('DataId: at most 512 bytes, and unchanged through a query parameter, XML text and JSON', async () => {
    for (const value of [await longest('DataId'), await longest(undefined)]) {
      expect(new TextEncoder().encode(value).length).toBe(DATA_ID_MAX_BYTES);
      expect(new URLSearchParams(new URLSearchParams({ dataid: value }).toString()).get('dataid')).toBe(value);
      expect(value).not.toMatch(/[<>&"']/);
      expect(JSON.parse(JSON.stringify(value))).toBe(value);
    }
  });

  it('x-cos-meta-*: the header suffix and value fit 2 KB, and a header keeps the value as it is', async () => {
    const value = await longest('CosMeta');
    const suffix = ECHO_COS_META_HEADER.slice('x-cos-meta-'.length);
    expect(suffix).not.toContain('_');
    expect(new TextEncoder().encode(suffix + value).length).toBe(COS_META_MAX_BYTES);
    expect(new Headers({ [ECHO_COS_META_HEADER]: value }).get(ECHO_COS_META_HEADER)).toBe(value);
    expect(value).toMatch(printableAscii);
  });
});

describe('constant-time comparison', () => {
  it('compares equal-length bytes without regard to where they differ', () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3, 4]))).toBe(true);
    expect(constantTimeEqual(a, new Uint8Array([0, 2, 3, 4]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3, 5]))).toBe(false);
    expect(constantTimeEqual(a, new Uint8Array([1, 2, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3, 0]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(), new Uint8Array())).toBe(true);
  });

  it('verifyEcho compares every secret’s MAC through it, on equal-length encodings', async () => {
    const compare = vi.mocked(constantTimeEqual);
    compare.mockClear();
    const value = await signEcho(SECRET, 'job-1');
    expect((await verifyEcho([SECRET, OTHER], value)).valid).toBe(true);
    // No early exit: the second secret is compared though the first one matched, and a wrong MAC is compared too.
    expect(compare).toHaveBeenCalledTimes(2);
    for (const [a, b] of compare.mock.calls) expect(a.length).toBe(b.length);
    compare.mockClear();
    expect((await verifyEcho([SECRET, OTHER], flip(value, 10), { field: 'UserData' })).valid).toBe(false);
    expect(compare).toHaveBeenCalledTimes(4);
    expect(compare.mock.calls.every(([a, b]) => a.length === 22 && b.length === 22)).toBe(true);
  });
});
