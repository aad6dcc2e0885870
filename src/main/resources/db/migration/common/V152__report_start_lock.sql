-- Report starts wait for each other on this row (vn.kstthc.report.ReportProcessSteps): they used
-- to wait on their case-number sequence row, which case starts no longer hold until they commit.
insert into kstthc_lock (name) values ('report-start');
