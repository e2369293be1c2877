-- Sharing a finished self-check with an organisation the worker chose, and the weekly article
-- (points for reading it). The app holds only the organisation's public key, and a submission
-- waits in the outbox already sealed to it: no plaintext copy of what was shared is kept here
-- (the worker's own history is in selfcheck_result, as before).

-- An organisation added from the code it handed the worker.
CREATE TABLE organisation (
    -- The key's fingerprint, as shown to the worker.
    id         TEXT    PRIMARY KEY,
    name       TEXT    NOT NULL,
    public_key BLOB    NOT NULL CHECK (length(public_key) = 32),
    -- The worker's random name for this organisation only, so its reports count workers.
    pseudonym  TEXT    NOT NULL,
    added_at   INTEGER NOT NULL
) STRICT;

-- Sealed submissions: queued until sync delivers them, then sent, or failed with a reason.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    organisation_id TEXT    NOT NULL,
    -- The check shared (null once the worker erased it from the history).
    result_id       INTEGER,
    questionnaire_id TEXT   NOT NULL,
    sealed          BLOB    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    -- An error code, never a message with user data.
    error           TEXT
) STRICT;

CREATE INDEX outbox_by_organisation ON outbox (organisation_id);

-- The article of the week read to the end, at most once a week; the points it earned are in
-- `points` with the reason 'article-of-the-week'.
CREATE TABLE weekly_article (
    -- The week's Monday, YYYY-MM-DD.
    week       TEXT    PRIMARY KEY,
    article_id TEXT    NOT NULL,
    read_at    INTEGER NOT NULL
) STRICT;
