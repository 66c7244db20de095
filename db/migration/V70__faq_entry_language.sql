-- An FAQ entry's language (issue 51): a served language's code (e.g. 'de'), null for the shop's default language, so
-- every entry written before it keeps meaning what it did. A question is matched against its conversation's
-- language's entries first.
alter table faq_entry add column language text check (language ~ '^[a-z]{2,3}$');
