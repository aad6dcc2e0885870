package vn.kstthc.platform;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The history this platform keeps: everything of Camunda's AUDIT level, plus what makes an
 * officer's decision attributable and a supervisor's view complete, and nothing that only costs.
 *
 * <ul>
 *   <li>kept (AUDIT): process, activity and task instances with start, end, assignee, due date;
 *       variable instances;
 *   <li>added: the user operation log (who claimed, completed, changed what, when), every variable
 *       value as it was set (so "trả lại" then "đồng ý" are both on record), identity links (who was
 *       a candidate), incidents, DMN evaluations (why a route was chosen), batches;
 *   <li>left out of FULL: the job log (two rows for every async step and timer) and the external
 *       task log (no external tasks here), which nobody reads and which history cleanup would only
 *       delete again; CMMN (disabled);
 *   <li>never written: the variables of personal data a process declares, and the form values
 *       submitted in such a process ({@link PersonalDataVariables}).
 * </ul>
 *
 * <p>The level is stored in the database at first start ({@code ACT_GE_PROPERTY historyLevel}); a
 * later change of level needs a migration of that row.
 */
public final class KstthcHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "kstthc";
  public static final int ID = 20;
  public static final KstthcHistoryLevel INSTANCE = new KstthcHistoryLevel();

  private static final Set<HistoryEventType> ADDED_TO_AUDIT =
      Set.of(
          HistoryEventTypes.USER_OPERATION_LOG,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
          HistoryEventTypes.IDENTITY_LINK_ADD,
          HistoryEventTypes.IDENTITY_LINK_DELETE,
          HistoryEventTypes.INCIDENT_CREATE,
          HistoryEventTypes.INCIDENT_MIGRATE,
          HistoryEventTypes.INCIDENT_DELETE,
          HistoryEventTypes.INCIDENT_RESOLVE,
          HistoryEventTypes.INCIDENT_UPDATE,
          HistoryEventTypes.DMN_DECISION_EVALUATE,
          HistoryEventTypes.BATCH_START,
          HistoryEventTypes.BATCH_UPDATE,
          HistoryEventTypes.BATCH_END);

  private KstthcHistoryLevel() {}

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (PersonalDataVariables.excluded(eventType, entity)) {
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity)
        || ADDED_TO_AUDIT.contains(eventType);
  }
}
