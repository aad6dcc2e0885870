package vn.kstthc.deadline;

import java.util.Date;
import vn.kstthc.platform.ProcessVariable;

/**
 * The deadline of a whole dossier, across all its steps. A process declares it in Camunda Modeler
 * as an extension property of the process: {@code hanXuLyHoSo = P10D} (any {@link
 * DeadlineNotation}), counted from the start of the instance, or from the date held in the
 * variable named by the property {@code hanXuLyTinhTu} (e.g. the date of receipt entered in the
 * start form). It is resolved once, when the dossier starts, and fixed in our own table ({@link
 * DossierDeadlines}; only an extension changes it). The variable {@code hanXuLyHoSo} holds a copy,
 * which user tasks can use as their own due date ({@code camunda:dueDate="${hanXuLyHoSo}"}):
 * changing the variable changes no judgement.
 */
public final class DeadlineVariables {

  /** Extension property of the process, and the variable holding the resolved deadline. */
  public static final String PROPERTY_DEADLINE = "hanXuLyHoSo";
  /** Extension property naming the variable the deadline is counted from. */
  public static final String PROPERTY_COUNTED_FROM = "hanXuLyTinhTu";

  public static final ProcessVariable<Date> HAN_XU_LY_HO_SO =
      ProcessVariable.of(PROPERTY_DEADLINE, Date.class);

  private DeadlineVariables() {}
}
