package vn.kstthc.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.DeadlineVariables;

/**
 * The publication delegates, for the process-test engine (no Spring): the real ones, except the
 * catalogue's: the check finds what the test says, the recording records the decision it was asked
 * for (the catalogue needs its tables: the integration test covers both).
 */
final class PublicationBeans {

  /** The variables the catalogue delegate saw, one map per signed decision. */
  final List<Map<String, Object>> decisions = new ArrayList<>();
  /** What the catalogue finds wrong with the next list checked, once; null: nothing. */
  String mismatch;

  PublicationBeans register(ProcessEngineExtension engine) {
    Mocks.register("thoiHanCongBoTthc", new StartDeadlinesListener(new PublicationDeadlines(WorkingDayCalendar.standard())));
    Mocks.register("tomTatDanhSachTthc", new ListSummaryListener());
    Mocks.register("doiChieuDanhMucTthc", (JavaDelegate) execution -> {
      String problem = mismatch;
      mismatch = null;
      if (problem != null) {
        throw new BpmnError(ListCheck.ERROR_CODE, problem);
      }
    });
    Mocks.register("ghiNhanYKienXa", new CommuneOpinionListener());
    Mocks.register("ghiNhanQuyetDinhCongBo", (JavaDelegate) execution -> {
      decisions.add(new HashMap<>(execution.getVariables()));
      CongBoTthcProcess.MA_QUYET_DINH.set(execution, "quyet-dinh-" + decisions.size());
    });
    Mocks.register("batDauCongKhaiTthc", new PublicityStarter());
    // The platform gives cong-khai-tthc its dossier deadline at the start (P3D from ngayKy); this
    // engine has no platform: a deadline far off, so that each step keeps its own.
    Mocks.register(DeadlineVariables.HAN_XU_LY_HO_SO.name(), Date.from(Instant.parse("2099-12-31T10:30:00Z")));
    Mocks.register("yeuCauPheDuyetQuyTrinhNoiBo",
        new InternalProcessRequest(codes -> List.of("phong-quan-ly-khoa-hoc"), codes -> false));
    return this;
  }
}
