package vn.kstthc.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * The monthly late list's files for {@code /api/giam-sat/danh-sach-tre-han/{thang}.xlsx|.pdf}. A
 * published month: the file kept in the case at publication ({@link DanhSachTreHanProcess#TEP_DANH_SACH},
 * {@link DanhSachTreHanProcess#TEP_DANH_SACH_PDF}), never made again, so a later correction of an
 * explanation does not rewrite a published list; a month listed again: its latest published list.
 * A month whose list is still open: a draft from the list as assembled and the explanations given
 * so far ({@link LateListSteps#draft}). A month published by version 1 of the process (before the
 * lists were kept in tables): the file kept in its case. The caller's scope is the controller's to check.
 */
@Component
class LateListDownloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PDF = "application/pdf";

  private final LateListRecords records;
  private final LateListSteps steps;
  private final ProcessEngine engine;

  LateListDownloads(LateListRecords records, LateListSteps steps, ProcessEngine engine) {
    this.records = records;
    this.steps = steps;
    this.engine = engine;
  }

  record Download(String fileName, String mimeType, byte[] content) {}

  /** The month's list as XLSX or PDF; refused with a Vietnamese message when there is none. */
  Download of(YearMonth month, boolean pdf) {
    String shown = month.getMonthValue() + "/" + month.getYear();
    List<String> lists = records.listsOf(month);
    // a refusal is thrown outside the engine's command, which would log it as an engine error
    List<String> earlier = withoutAuthorization(() -> publishedByVersion1(month, lists));
    if (lists.isEmpty() && earlier.isEmpty()) {
      throw new NotFound("Chưa có danh sách trễ hạn tháng " + shown + ".");
    }
    Download found = withoutAuthorization(() -> find(lists, earlier, month, pdf));
    if (found == null) {
      throw new NotFound("Danh sách trễ hạn tháng " + shown + " chưa được công bố và không còn đang lập.");
    }
    if (found.content() == null) {
      throw new NotFound("Danh sách trễ hạn tháng " + shown
          + " được công bố khi hệ thống chưa lưu bản PDF: hãy tải bản XLSX.");
    }
    return found;
  }

  /** The latest published list's file (no content: published without it), or a draft of an open list, or null. */
  private Download find(List<String> lists, List<String> earlier, YearMonth month, boolean pdf) {
    for (String list : concat(lists, earlier)) {
      if (file(list, DanhSachTreHanProcess.TEP_DANH_SACH) != null) {
        HistoricVariableInstance kept =
            file(list, pdf ? DanhSachTreHanProcess.TEP_DANH_SACH_PDF : DanhSachTreHanProcess.TEP_DANH_SACH);
        return kept == null ? new Download(null, null, null) : published((FileValue) kept.getTypedValue());
      }
    }
    for (String list : lists) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(list).count() > 0) {
        String name = "du-thao-danh-sach-tre-han-" + month + (pdf ? ".pdf" : ".xlsx");
        return new Download(name, pdf ? PDF : XLSX, steps.draft(list, month, pdf));
      }
    }
    return null;
  }

  /**
   * Lists of the month that are not in the tables: published by version 1 of the process, before
   * the tables existed (it kept its list in the case only); their files are served as kept.
   */
  private List<String> publishedByVersion1(YearMonth month, List<String> lists) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DanhSachTreHanProcess.KEY).variableValueEquals(DanhSachTreHanProcess.THANG.name(), month.toString())
        .orderByProcessInstanceStartTime().desc().list().stream()
        .map(HistoricProcessInstance::getId).filter(id -> !lists.contains(id)).toList();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private HistoricVariableInstance file(String list, String variable) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(list).variableName(variable).singleResult();
  }

  private static Download published(FileValue file) {
    try (InputStream content = file.getValue()) {
      return new Download(file.getFilename(), file.getMimeType(), content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The case and its history are read without the caller's authorizations: a supervisor may read
   * the list (the controller checks the scope) without being a participant of the case.
   */
  private <T> T withoutAuthorization(Callable<T> read) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(read));
  }

  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
