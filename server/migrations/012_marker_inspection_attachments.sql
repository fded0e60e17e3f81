-- Photos of border marker inspections ("kiểm tra cột mốc") travel like the
-- photos of incidents: one `attachments` row each, under
-- /collections/marker-inspections/items/{id}/attachments/{attachmentId}.
-- `incident_id` already references any `features` row; it now holds the
-- photo's owner item, and `owner_collection` says which collection that item
-- is in, so the feed and the routes can point at the photo's bytes without
-- reading the owner. Existing rows are incident photos. Row-level security
-- is unchanged: a photo copies its owner's communes and sharing when it is
-- created (an inspection is always shared with the border station).
alter table attachments
  add column owner_collection text not null default 'incidents'
    check (owner_collection in ('incidents', 'marker-inspections'));

comment on column attachments.incident_id is 'The item the photo belongs to: an incident or a marker inspection (owner_collection).';
