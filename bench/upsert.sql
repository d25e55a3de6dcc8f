-- The same single-row upsert an autosave does (each client keeps rewriting its own answer,
-- with a growing sequence number), for pgbench: the database's own ceiling.
insert into bench_answer (id, seq, text_answer, saved_at)
values (:client_id, (extract(epoch from clock_timestamp()) * 1000000)::bigint, '客户来电投诉，我先致歉……', now())
on conflict (id) do update set seq = excluded.seq, text_answer = excluded.text_answer, saved_at = excluded.saved_at
where bench_answer.seq < excluded.seq;
