package vn.kstthc.platform;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that applies to every user task of every process, without the process owner
 * adding it in the BPMN (deadlines, notifications). Spring beans of this type are called by {@link
 * GlobalListenersPlugin}, in the engine's transaction.
 */
public interface GlobalTaskListener extends TaskListener {

  /** {@link TaskListener#EVENTNAME_CREATE}, {@code _ASSIGNMENT}, {@code _COMPLETE}, {@code _DELETE}. */
  Set<String> taskEvents();
}
