-- The texts the owner changed on the admin page's settings section, per language (the bundle's key); read by Texts
-- before the shipped bundle. A reset deletes the row.
create table owner_text (
    language   text        not null,
    key        text        not null,
    text       text        not null,
    updated_at timestamptz not null default now(),
    primary key (language, key)
);
