-- The user's profile: one row, written whole by each save.
CREATE TABLE profile (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    ui_language  TEXT,
    home_country TEXT,
    journey      TEXT    NOT NULL DEFAULT 'not-set',
    journey_date TEXT,
    revision     INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL
) STRICT;
