-- The worker self-check: the answers of the check under way, saved one by one as they are
-- given, and the finished checks with their findings, for the history. Answers are the most
-- sensitive data in the store; they never leave it unless the worker shares a submission.

-- One row per question answered in the unfinished check of a questionnaire.
CREATE TABLE selfcheck_answer (
    questionnaire_id TEXT    NOT NULL,
    item_id          TEXT    NOT NULL,
    -- JSON: {"choice": "yes"}, {"choices": ["a", "b"]} or {"number": 45}.
    answer           TEXT    NOT NULL,
    answered_at      INTEGER NOT NULL,
    PRIMARY KEY (questionnaire_id, item_id)
) STRICT;

-- A finished check.
CREATE TABLE selfcheck_result (
    id                    INTEGER PRIMARY KEY,
    questionnaire_id      TEXT    NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    -- Which questions it asked: 'arrival' or 'periodic'.
    phase                 TEXT    NOT NULL,
    completed_at          INTEGER NOT NULL,
    -- JSON object from question id to answer, as in selfcheck_answer.
    answers               TEXT    NOT NULL,
    -- JSON array of the ids of the rules that held, most serious first.
    findings              TEXT    NOT NULL
) STRICT;

CREATE INDEX selfcheck_result_by_questionnaire ON selfcheck_result (questionnaire_id, completed_at);

-- The points ledger (the seeds' point-granting system): one row per grant, never a money value.
CREATE TABLE points (
    id        INTEGER PRIMARY KEY,
    -- Why: 'self-check' for a finished check.
    reason    TEXT    NOT NULL,
    points    INTEGER NOT NULL CHECK (points > 0),
    earned_at INTEGER NOT NULL
) STRICT;
