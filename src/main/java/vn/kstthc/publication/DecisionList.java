package vn.kstthc.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.kstthc.catalogue.ChangeKind;
import vn.kstthc.catalogue.OnlineService;
import vn.kstthc.catalogue.PublicationDecision;
import vn.kstthc.catalogue.TthcKind;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.catalogue.TthcState;
import vn.kstthc.catalogue.Tthc;

/**
 * The list of TTHC the drafting unit drew up (the form's dynamic list {@code danhSachTthc}), one
 * row per procedure with its kind of change, as the catalogue and the officers' forms need it.
 */
record DecisionList(List<Row> rows) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One row as the form submits it; the choices are the form's option values. */
  record Row(String code, String name, String change, String field, String level, String onlineService) {

    ChangeKind changeKind() {
      return switch (change) {
        case "moi" -> ChangeKind.MOI;
        case "sua-doi-bo-sung" -> ChangeKind.SUA_DOI_BO_SUNG;
        case "thay-the" -> ChangeKind.THAY_THE;
        case "bai-bo" -> ChangeKind.BAI_BO;
        case "huy-bo" -> ChangeKind.HUY_BO;
        default -> throw new IllegalArgumentException("Hình thức công bố không hợp lệ: " + change);
      };
    }

    /** A new, amended or replaced TTHC: it needs an internal process (quy trình nội bộ). */
    boolean needsInternalProcess() {
      ChangeKind kind = changeKind();
      return kind == ChangeKind.MOI || kind == ChangeKind.SUA_DOI_BO_SUNG || kind == ChangeKind.THAY_THE;
    }
  }

  /** The variable's value: a Json variable (Spin) or its text. */
  static DecisionList of(Object value) {
    JsonNode array;
    try {
      array = JSON.readTree(String.valueOf(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Danh sách TTHC không đọc được: " + e.getOriginalMessage(), e);
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode row : array) {
      rows.add(new Row(text(row, "maTthc"), text(row, "tenTthc"), text(row, "loaiThayDoi"), text(row, "linhVuc"),
          text(row, "capThucHien"), text(row, "dichVuCong")));
    }
    return new DecisionList(List.copyOf(rows));
  }

  /**
   * The decision's items for the dossier's list: new TTHC of the kind the start form chose, owned by
   * the drafting unit, with the source document as their legal basis.
   */
  static List<PublicationDecision.Item> itemsOf(DelegateExecution execution, Function<String, Optional<Tthc>> catalogue) {
    return of(execution.getVariable(CongBoTthcProcess.DANH_SACH_TTHC)).items(catalogue,
        Boolean.TRUE.equals(CongBoTthcProcess.TTHC_NOI_BO.from(execution)),
        CongBoTthcProcess.DON_VI_SOAN_THAO.from(execution), CongBoTthcProcess.SO_VAN_BAN_NGUON.from(execution));
  }

  /** One line per TTHC: "1.001234 – mới – Tên". */
  String summary() {
    return rows.stream().map(r -> r.code() + " – " + r.changeKind().label() + " – " + r.name())
        .collect(Collectors.joining("\n"));
  }

  /** Codes of the new, amended and replaced TTHC, comma-separated ("" when none). */
  String codesNeedingInternalProcess() {
    return rows.stream().filter(Row::needsInternalProcess).map(Row::code).collect(Collectors.joining(","));
  }

  /**
   * The decision's items: a new TTHC as the row describes it, owned by the drafting unit; an
   * amended or replaced one as the catalogue has it with the row's name, field, level and online
   * service; an abolished one by its code.
   */
  List<PublicationDecision.Item> items(
      Function<String, Optional<Tthc>> catalogue, boolean internal, String owningUnit, String legalBasis) {
    List<PublicationDecision.Item> items = new ArrayList<>();
    for (Row row : rows) {
      ChangeKind change = row.changeKind();
      Tthc content = switch (change) {
        case MOI -> new Tthc(row.code(), row.name(), row.field(), level(row), internal ? TthcKind.NOI_BO : TthcKind.HANH_CHINH,
            null, owningUnit, null, null, null, legalBasis, false, false, online(row), false, false, false,
            TthcState.CON_HIEU_LUC, null, null);
        case SUA_DOI_BO_SUNG, THAY_THE -> catalogue.apply(row.code()).map(t -> new Tthc(t.code(), row.name(), row.field(),
            level(row), t.kind(), t.implementingBody(), t.owningUnit(), t.resolutionTime(), t.resolutionUnit(), t.fees(),
            legalBasis, t.oneStop(), t.interconnected(), online(row), t.publicPostal(), t.boundaryFree(),
            t.digitisedResults(), t.state(), t.effectiveFrom(), t.abolishedFrom())).orElse(null);
        default -> null;
      };
      items.add(new PublicationDecision.Item(row.code(), change, content));
    }
    return items;
  }

  private static TthcLevel level(Row row) {
    return "xa".equals(row.level()) ? TthcLevel.XA : TthcLevel.TINH;
  }

  private static OnlineService online(Row row) {
    return switch (row.onlineService() == null ? "" : row.onlineService()) {
      case "toan-trinh" -> OnlineService.TOAN_TRINH;
      case "mot-phan" -> OnlineService.MOT_PHAN;
      default -> OnlineService.KHONG;
    };
  }

  private static String text(JsonNode row, String name) {
    JsonNode value = row.get(name);
    return value == null || value.isNull() ? null : value.asText().strip();
  }
}
