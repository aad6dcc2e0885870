package vn.kstthc.platform;

import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * An execution listener on the start and/or end of every process instance (not of its
 * activities), added to every process by {@link GlobalListenersPlugin}.
 */
public interface GlobalProcessListener extends ExecutionListener {

  /** {@link ExecutionListener#EVENTNAME_START} and/or {@link ExecutionListener#EVENTNAME_END}. */
  Set<String> processEvents();
}
