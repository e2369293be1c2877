// What the browser tests share: the default pack as the packs screen lists it.

export const basic = {
  packId: 'default',
  version: 1,
  title: 'Basic pack',
  languages: ['ja', 'en', 'my'],
  createdAt: '2026-11-23',
  installedAt: '2026-11-23',
  fileSize: 12_345,
  files: 4,
  stale: false,
};
