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
 * for expressions and forms; changing it changes no judgement, and a user task due {@code
 * camunda:dueDate="${hanXuLyHoSo}"} is due at the fixed deadline.
 */
public final class DeadlineVariables {

  /** Extension property of the process, and the variable holding the resolved deadline. */
  public static final String PROPERTY_DEADLINE = "hanXuLyHoSo";
  /** Extension property naming the variable the deadline is counted from. */
  public static final String PROPERTY_COUNTED_FROM = "hanXuLyTinhTu";

  /**
   * A task's {@code camunda:dueDate} meaning "the dossier's deadline": the task is then due at the
   * deadline as fixed, whatever the variable holds.
   */
  public static final String DUE_DATE_EXPRESSION = "${" + PROPERTY_DEADLINE + "}";

  public static final ProcessVariable<Date> HAN_XU_LY_HO_SO =
      ProcessVariable.of(PROPERTY_DEADLINE, Date.class);

  private DeadlineVariables() {}
}
