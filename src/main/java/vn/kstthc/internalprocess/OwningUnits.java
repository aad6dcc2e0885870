package vn.kstthc.internalprocess;

import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;
import vn.kstthc.catalogue.CatalogueService;
import vn.kstthc.catalogue.Tthc;

/**
 * The unit that owns a TTHC in this installation's catalogue, for the exported internal processes
 * ({@link InternalProcessBpmn}): {@code camunda:candidateGroups="${donViQuanLyTthc.cua('1.003652')}"}
 * names the TTHC, and each province's catalogue names its unit, as {@code ${vaiTro('...')}} names
 * a role and the organisation file its groups.
 */
@Component(OwningUnits.BEAN)
public class OwningUnits {

  public static final String BEAN = "donViQuanLyTthc";

  private final CatalogueService catalogue;

  OwningUnits(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  /** The owning unit's group id; refuses a TTHC without one, naming it. */
  public String cua(String tthcCode) {
    return catalogue.find(tthcCode).map(Tthc::owningUnit).filter(unit -> !unit.isBlank())
        .orElseThrow(() -> new ProcessEngineException("Thủ tục " + tthcCode
            + " không có trong danh mục hoặc chưa có đơn vị quản lý: không giao được bước của quy trình nội bộ."));
  }

  /** The expression naming the TTHC's owning unit in a model. */
  static String expression(String tthcCode) {
    return "${" + BEAN + ".cua('" + tthcCode + "')}";
  }
}
