-- Content packs.

-- What was ever accepted per pack id: never deleted, so a pack cannot be rolled back even after
-- it is removed, and the same version with other content is recognised as equivocation.
CREATE TABLE pack_trust (
    pack_id         TEXT    PRIMARY KEY,
    version         INTEGER NOT NULL,
    manifest_sha256 BLOB    NOT NULL,
    accepted_at     INTEGER NOT NULL
) STRICT;

-- The newest root-signed keys document accepted; a newer one revokes keys it leaves out.
CREATE TABLE pack_keys (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL,
    document BLOB    NOT NULL
) STRICT;

-- The installed version of each pack, and its verified file in the packs folder.
CREATE TABLE pack (
    pack_id      TEXT    PRIMARY KEY,
    version      INTEGER NOT NULL,
    manifest     BLOB    NOT NULL,
    file_name    TEXT    NOT NULL,
    file_size    INTEGER NOT NULL,
    installed_at INTEGER NOT NULL
) STRICT;

-- The content files of installed packs.
CREATE TABLE pack_file (
    pack_id TEXT NOT NULL REFERENCES pack (pack_id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    path    TEXT NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (pack_id, path)
) STRICT;
