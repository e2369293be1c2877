-- Reading: the articles the reader saved, and the ones they opened with how far they got, so
-- the guide can offer "continue reading". Articles are named by id only: one whose pack is
-- removed stays here (it comes back with the pack) and is left out of every list meanwhile.

CREATE TABLE bookmark (
    article_id TEXT    PRIMARY KEY,
    added_at   INTEGER NOT NULL,
    -- Order of saving, newest highest; unlike the device clock it never goes backwards.
    seq        INTEGER NOT NULL UNIQUE
) STRICT;

-- At most a few hundred rows: older ones are pruned in the transaction that adds one.
CREATE TABLE reading (
    article_id TEXT    PRIMARY KEY,
    lang       TEXT    NOT NULL,
    opened_at  INTEGER NOT NULL,
    -- Order of opening, newest highest.
    seq        INTEGER NOT NULL UNIQUE,
    -- The furthest the reader got, as a fraction of the article.
    progress   REAL    NOT NULL CHECK (progress >= 0.0 AND progress <= 1.0)
) STRICT;
