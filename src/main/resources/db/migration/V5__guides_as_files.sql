-- Guides are files now (src/main/resources/guides and careerpath.guides-dir), loaded at start-up over these tables
-- by slug and stable keys. V2 once inserted the first guide; databases that ran it keep their rows, which the
-- loader updates in place, so every reader's progress stays.

-- Per career: the money of its salaries, the hours in its working year, and the guide's own notes.
alter table career add column currency varchar(3) default 'USD' not null;
alter table career add column working_hours_per_year integer default 2080 not null;
alter table career add column credentials_note varchar(2000);
alter table career add column experience_label varchar(300);
alter table career add column experience_counting varchar(100);
alter table career add column experience_rule varchar(2000);
alter table career add column experience_meeting_note varchar(500);
alter table career add column experience_note varchar(2000);
-- What the loader last wrote (a hash of the file's content), so an unchanged file writes nothing.
alter table career add column content_hash varchar(64);

-- A guide may leave out any of its overview's sections.
alter table career alter column introduction drop not null;
alter table career alter column role_description drop not null;
alter table career alter column responsibilities_intro drop not null;
alter table career alter column work_environment drop not null;
alter table career alter column conclusion drop not null;

-- Retired: gone from the guide, kept because people's progress may refer to it. Never shown, never deleted.
alter table career add column retired boolean default false not null;
alter table roadmap_step add column retired boolean default false not null;
alter table step_action add column retired boolean default false not null;
alter table ladder_rung add column retired boolean default false not null;

-- Reordering steps updates positions one row at a time; retired steps keep theirs.
alter table roadmap_step drop constraint uk_roadmap_step_position;

-- One loader at a time: every instance takes this row's lock before it writes a guide.
create table guide_load_lock (
    id integer primary key
);
insert into guide_load_lock (id) values (1);
