-- A short heading a question may have above its stem ("情景模拟：处理客户投诉"): shown in the bank,
-- the builder, to candidates and on the kit; searched like the stem.
alter table question add column subtitle varchar(200);
alter table question add constraint question_subtitle_not_blank check (subtitle is null or length(btrim(subtitle)) > 0);
