-- The FAQ's adapted model, shared by every instance on this database: one instance trains a given FAQ state (its
-- fingerprint) under a lease, stores the model's files here in chunks, and the others (and a restart) load it
-- instead of training again. A row without ready = true is a lease only (a training under way); its chunks are
-- written in the transaction that sets ready, so a failed or killed training leaves no partial model.
create table adapted_model (
    fingerprint  text primary key,
    ready        boolean not null default false,
    lease_holder text,
    lease_until  timestamptz,
    created_at   timestamptz not null default now()
);

create table adapted_model_chunk (
    fingerprint text not null references adapted_model (fingerprint) on delete cascade,
    file        text not null,
    seq         int not null,
    bytes       bytea not null,
    primary key (fingerprint, file, seq)
);
