package vn.kstthc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The sender's batches, on mocks of the outbox, the handler and the engine. */
class NotificationSenderTest {

  final NotificationOutbox outbox = mock(NotificationOutbox.class);
  final NotificationJobHandler handler = mock(NotificationJobHandler.class);
  final CommandContext context = mock(CommandContext.class);

  @SuppressWarnings("unchecked")
  NotificationSender sender() {
    CommandExecutor executor = mock(CommandExecutor.class);
    when(executor.execute(any())).thenAnswer(call -> call.<Command<?>>getArgument(0).execute(context));
    ProcessEngineConfigurationImpl engine = mock(ProcessEngineConfigurationImpl.class);
    when(engine.getCommandExecutorTxRequired()).thenReturn(executor);
    ObjectProvider<ProcessEngineConfigurationImpl> engines = mock(ObjectProvider.class);
    when(engines.getObject()).thenReturn(engine);
    return new NotificationSender(
        outbox, handler, new NotificationProperties(null, null, null, 50, null), engines, false, 2);
  }

  static NotificationOutbox.Row row(String id) {
    return new NotificationOutbox.Row(id, "e", id, NotificationKind.CONG_VIEC_MOI, "mail", "qlkh.giang", "t", null,
        "Chủ đề", "Nội dung", NotificationOutbox.PENDING, null, null);
  }

  @Test
  void aStopLetsTheRowBeingSentFinishAndItsBatchCommitAndTakesNoOtherRow() {
    NotificationSender sender = sender();
    NotificationOutbox.Row first = row("1");
    NotificationOutbox.Row second = row("2");
    NotificationOutbox.Result sent = new NotificationOutbox.Result("1", NotificationOutbox.SENT, "a@b.vn", null, true);
    when(outbox.untried(anyInt())).thenReturn(List.of(first, second));
    when(outbox.deliveredTo(anyCollection())).thenReturn(Map.of());
    when(handler.firstTry(eq(first), any(), any(), any())).thenAnswer(call -> {
      sender.stop(); // the application stops (SIGTERM) while the first row is being sent
      return sent;
    });

    assertThat(sender.sendPending()).isEqualTo(1);

    verify(handler, never()).firstTry(eq(second), any(), any(), any());
    verify(outbox).markTried(List.of("1"));
    verify(outbox).finish(eq(List.of(sent)), any());
    assertThat(sender.isRunning()).isFalse();
  }
}
