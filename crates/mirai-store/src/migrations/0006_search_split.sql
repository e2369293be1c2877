-- Offline search, split in two: the tokens in a contentless FTS5 table, the text to show in an
-- ordinary one, sharing rowids. The language is the table's first indexed column, so a search
-- in one language filters inside MATCH instead of reading every matching row, and the token
-- columns are no longer stored a second time as content. The index is rebuilt on the next open.
DROP TABLE article_search;
CREATE VIRTUAL TABLE search_tokens USING fts5(
    lang, title_words, title_chars, title_pairs, body_words, body_chars, body_pairs,
    content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '3'
);
CREATE TABLE search_text (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    lang TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT;
CREATE INDEX search_text_pack ON search_text (pack_id);
DELETE FROM setting WHERE name = 'search_index_version';
