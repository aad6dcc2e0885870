package vn.kstthc.publication;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.kstthc.catalogue.CatalogueProblem;
import vn.kstthc.catalogue.CatalogueService;

/**
 * After the draft ({@code ${doiChieuDanhMucTthc}}): the list against the catalogue as it is now. A
 * list that does not fit (a "new" code already published, an abolished one not in force...) goes
 * back to the drafting unit at once, its reason the lines that do not fit ({@link #ERROR_CODE}),
 * instead of failing at the chair's signature.
 */
@Component("doiChieuDanhMucTthc")
public class ListCheck implements JavaDelegate {

  public static final String ERROR_CODE = "danh-sach-khong-khop";

  private final CatalogueService catalogue;

  public ListCheck(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<CatalogueProblem> problems = catalogue.itemProblems(DecisionList.itemsOf(execution, catalogue::find));
    if (!problems.isEmpty()) {
      throw new BpmnError(ERROR_CODE, "Danh sách TTHC chưa khớp với danh mục: "
          + problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("; ")));
    }
  }
}
