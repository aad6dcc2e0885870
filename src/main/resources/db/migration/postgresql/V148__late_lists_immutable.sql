-- On PostgreSQL the database itself keeps the assembled late lists as they were written (V147):
-- an update or a delete is refused. H2 (trial runs) relies on vn.kstthc.supervision.LateListRecords,
-- which has no statement that updates or deletes a row.
create function kstthc_late_list_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'Danh sách trễ hạn đã lập không được sửa hay xóa: hãy lập danh sách mới.';
end
$$;
create trigger kstthc_late_list_immutable before update or delete on kstthc_late_list
  for each row execute function kstthc_late_list_immutable();
create trigger kstthc_late_list_case_immutable before update or delete on kstthc_late_list_case
  for each row execute function kstthc_late_list_immutable();
create trigger kstthc_late_list_rate_immutable before update or delete on kstthc_late_list_rate
  for each row execute function kstthc_late_list_immutable();
