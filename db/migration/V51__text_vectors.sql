-- Vectors of fixed texts the app embeds besides the FAQ's phrasings (the shipped off-topic questions, the act
-- phrasings), per model, so that a start reads them instead of embedding ~1,450 texts again.
CREATE TABLE text_vector (
    model      text        NOT NULL,
    text       text        NOT NULL,
    vector     bytea       NOT NULL, -- little-endian float32, unit length, as faq_phrasing.embedding
    written_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (model, text)
);
