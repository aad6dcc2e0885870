-- On PostgreSQL the database itself keeps kstthc_indicator_entry append-only (V149): an update or a
-- delete is refused. H2 (trial runs) relies on vn.kstthc.supervision.IndicatorEntries, which has no
-- statement that updates or deletes a row.
create function kstthc_indicator_entry_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'Giá trị chỉ tiêu đã nhập không được sửa hay xóa: hãy nhập một đính chính kèm lý do.';
end
$$;
create trigger kstthc_indicator_entry_append_only before update or delete on kstthc_indicator_entry
  for each row execute function kstthc_indicator_entry_append_only();
