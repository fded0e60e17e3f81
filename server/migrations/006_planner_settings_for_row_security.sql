-- Three planner aids that row-level security needs to stay fast.
--
-- 1. Under RLS, PostgreSQL evaluates a query's own conditions before the
--    policy only when their functions are LEAKPROOF; otherwise it may not use
--    them as index conditions, and a bbox query walks the whole table instead
--    of the GiST index. PostGIS's bounding-box overlap `&&`
--    (geometry_overlaps) only compares boxes: declaring it leakproof lets the
--    GiST index serve RLS queries. Needs a superuser; without one, the
--    migration says so and goes on (queries stay correct, only slower).
-- 2. The policy's init plans make the planner's cost estimates huge, which
--    switches JIT compilation on for millisecond queries (≈ 0.4 s each). JIT
--    is off for this database.
-- 3. With the policy filter estimated at one row, the planner ANDs the GiST
--    bitmap with a bitmap of the whole collection (every incident) — 10 ms
--    on 50,000 rows, far more on a million. One GiST index on
--    (collection, geometry) (btree_gist, a trusted contrib extension) answers
--    both conditions at once.

create extension if not exists btree_gist;
drop index features_geometry_gist;
create index features_collection_geometry_gist on features using gist (collection, geometry);

do $$
begin
  if (select rolsuper from pg_roles where rolname = current_user) then
    alter function geometry_overlaps(geometry, geometry) leakproof;
    alter function arrayoverlap(anyarray, anyarray) leakproof;
  else
    raise notice 'Không phải superuser: chưa đánh dấu geometry_overlaps / arrayoverlap LEAKPROOF; truy vấn bbox và đồng bộ dưới RLS sẽ chậm hơn.';
  end if;
  execute format('alter database %I set jit = off', current_database());
end $$;
