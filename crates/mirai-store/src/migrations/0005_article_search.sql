-- Offline search over installed articles: one row per article and language. mirai-search
-- cuts the text into tokens for every script and joins them with spaces; FTS5's `ascii`
-- tokenizer then keeps each non-ASCII token whole. The text to show is kept unindexed.
CREATE VIRTUAL TABLE article_search USING fts5(
    title_words, title_chars, title_pairs, body_words, body_chars, body_pairs,
    pack_id UNINDEXED, article_id UNINDEXED, lang UNINDEXED, title UNINDEXED, summary UNINDEXED,
    body UNINDEXED,
    tokenize = 'ascii', prefix = '3'
);
