-- On PostgreSQL (real deployments) the database itself keeps kstthc_late_explanation append-only,
-- whatever client writes to it: an update or a delete is refused. H2 (trial runs) relies on
-- vn.kstthc.lateness, which has no statement that updates or deletes a row.
create function kstthc_late_explanation_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'Giải trình trễ hạn không được sửa hay xóa: hãy ghi một đính chính kèm lý do.';
end
$$;
create trigger kstthc_late_explanation_append_only before update or delete on kstthc_late_explanation
  for each row execute function kstthc_late_explanation_append_only();
