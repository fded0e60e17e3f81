-- A province device's sync feed carries only what its own unit wrote (the
-- communes' records stay on the server, which the IOC reads): its page is
-- `owner_unit_id = <unit> and change_seq > cursor order by change_seq`.
-- Without these indexes that page walks the whole province's change
-- sequence (a million rows) on every pull to find the few of its own.
create index features_owner_change_seq on features (owner_unit_id, change_seq);
create index attachments_owner_change_seq on attachments (owner_unit_id, change_seq);
