-- Append-only audit trail: every login (success or failure) and every write,
-- with who, which unit, when, what and from where. Rows can be inserted,
-- never updated or deleted — not even by the table owner (triggers below);
-- the API role may only insert.

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  user_id uuid,
  username text not null default '',
  unit_id text,
  action text not null,
  collection text,
  item_id text,
  detail jsonb not null default '{}',
  client_address text
);
create index audit_log_at on audit_log (at);
create index audit_log_user on audit_log (user_id, at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa.' using errcode = '42501';
end $$;
create trigger audit_log_append_only before update or delete on audit_log for each row execute function refuse_audit_change();
create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function refuse_audit_change();
