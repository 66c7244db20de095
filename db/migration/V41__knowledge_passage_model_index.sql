-- StalePassages looks for passages embedded by another model on every sync tick (5 s by default); nearly always
-- there are none, and without an index on the model that meant reading every passage each time. Its query asks
-- "model < :m or model > :m": PostgreSQL's btree cannot serve "<>", but serves each range.
create index knowledge_passage_model on knowledge_passage (embedding_model);
