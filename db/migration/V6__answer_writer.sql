-- Which page wrote the stored version of an answer. Each loaded sheet (a tab, a phone, a laptop)
-- has a random id and sends it with every save, so a refused save can be told apart: "your own
-- earlier save is stored (its reply was lost): carry on from it" or "another tab's text is stored:
-- here it is". Null for rows the server wrote itself (unanswered questions scored at submission)
-- and for answers saved before this column existed.
alter table answer add column writer varchar(32);
alter table answer add constraint answer_writer_format
    check (writer is null or writer ~ '^[A-Za-z0-9_-]{8,32}$');
