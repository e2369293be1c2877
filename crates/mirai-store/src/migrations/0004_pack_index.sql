-- Pack updates from a server.

-- The newest signed index accepted from the update server: an older one is refused as a
-- replay, and the packs screen lists what it offers without going online.
CREATE TABLE pack_index (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    body       BLOB    NOT NULL,
    checked_at INTEGER NOT NULL
) STRICT;
