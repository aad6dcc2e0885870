package vn.kstthc.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The import layout: one column per field, headed as the national TTHC database's export heads it
 * (order is free, extra columns are ignored). Dates are dd/MM/yyyy, yes/no columns "Có"/"Không"
 * (empty = Không). Also used to name what an amendment changed.
 */
public enum CatalogueColumn {
  CODE("Mã TTHC", true, Tthc::code),
  NAME("Tên TTHC", true, Tthc::name),
  FIELD("Lĩnh vực", true, Tthc::field),
  LEVEL("Cấp thực hiện", true, Tthc::level),
  KIND("Loại TTHC", false, Tthc::kind),
  IMPLEMENTING_BODY("Cơ quan thực hiện", false, Tthc::implementingBody),
  OWNING_UNIT("Đơn vị chủ trì", true, Tthc::owningUnit),
  RESOLUTION_TIME("Thời hạn giải quyết", false, Tthc::resolutionTime),
  RESOLUTION_UNIT("Đơn vị thời hạn", false, Tthc::resolutionUnit),
  FEES("Phí, lệ phí", false, Tthc::fees),
  LEGAL_BASIS("Căn cứ pháp lý", false, Tthc::legalBasis),
  ONE_STOP("Một cửa", false, Tthc::oneStop),
  INTERCONNECTED("Liên thông", false, Tthc::interconnected),
  ONLINE_SERVICE("Dịch vụ công trực tuyến", false, Tthc::onlineService),
  PUBLIC_POSTAL("Bưu chính công ích", false, Tthc::publicPostal),
  BOUNDARY_FREE("Phi địa giới hành chính", false, Tthc::boundaryFree),
  DIGITISED_RESULTS("Số hóa kết quả", false, Tthc::digitisedResults),
  STATE("Tình trạng", false, Tthc::state),
  EFFECTIVE_FROM("Hiệu lực từ", false, Tthc::effectiveFrom),
  ABOLISHED_FROM("Bãi bỏ từ", false, Tthc::abolishedFrom);

  private final String header;
  private final boolean required;
  private final Function<Tthc, Object> value;

  CatalogueColumn(String header, boolean required, Function<Tthc, Object> value) {
    this.header = header;
    this.required = required;
    this.value = value;
  }

  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }

  /** Headers of the columns whose values differ, e.g. "Tên TTHC, Thời hạn giải quyết". */
  static String changed(Tthc before, Tthc after) {
    return String.join(
        ", ",
        List.of(values()).stream()
            .filter(c -> !Objects.equals(c.value.apply(before), c.value.apply(after)))
            .map(CatalogueColumn::header)
            .toList());
  }
}
