package vn.kstthc.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A procedure's own rule on what one form submits, beyond each field's constraints (rows that must
 * agree with each other and with the catalogue, say). The form contract runs it after the fields
 * passed, before the engine sees the request, so an officer reads its Vietnamese messages as a
 * plain 400 like any field's, not an engine error from a task listener (Camunda wraps whatever a
 * listener throws in "ENGINE-03051 ..."). Spring beans; the engine's own steps keep their checks
 * for callers that bypass forms (administrators, Java).
 */
public interface FormRule {

  /** The Camunda Form's {@code id} the rule applies to. */
  String formId();

  /**
   * @param variables the accepted variables in REST form (name → {value, type}; lists and objects
   *     as JSON text of type Json)
   * @param context the task's current values and the organisation
   * @return the broken rules; empty when the submission may go on
   */
  List<FieldError> check(ObjectNode variables, FormContract.Context context);
}
