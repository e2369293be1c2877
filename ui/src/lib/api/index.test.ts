import { describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { api, ApiError, toApiError } = await import('./index');

describe('api', () => {
  it('passes commands and arguments through by their Rust names', async () => {
    invoke.mockResolvedValueOnce(null);
    await api.setLanguage('my');
    expect(invoke).toHaveBeenLastCalledWith('set_language', { code: 'my' });
    invoke.mockResolvedValueOnce({ revision: 2 });
    await api.saveProfile({ homeCountry: 'VN', journey: { kind: 'not-set' } });
    expect(invoke).toHaveBeenLastCalledWith('save_profile', {
      profile: { homeCountry: 'VN', journey: { kind: 'not-set' } },
    });
  });

  it('turns a Rust error into an ApiError with its localized message', async () => {
    invoke.mockRejectedValueOnce({ code: 'wrong-passphrase', message: 'Mật khẩu không đúng.', issues: [] });
    const error = await api.unlock('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as InstanceType<typeof ApiError>).code).toBe('wrong-passphrase');
    expect((error as Error).message).toBe('Mật khẩu không đúng.');
  });

  it('never shows Tauri-internal error text', () => {
    const error = toApiError('invalid args `passphrase` for command `unlock`');
    expect(error.code).toBe('internal');
    expect(error.message).toBe('');
  });
});
