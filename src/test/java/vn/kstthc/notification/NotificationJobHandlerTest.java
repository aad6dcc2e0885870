package vn.kstthc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** The first try of one notification, on mocks of the outbox, a channel and the engine's context. */
class NotificationJobHandlerTest {

  final NotificationOutbox outbox = mock(NotificationOutbox.class);
  final CommandContext context = mock(CommandContext.class);
  final JobManager jobs = mock(JobManager.class);

  @AfterEach
  void leaveContext() {
    Context.removeCommandContext();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFaultOfOneRowThatIsNotTheChannelsStartsItsRetryChainInsteadOfFailingTheBatch() throws Exception {
    NotificationChannel broken = mock(NotificationChannel.class);
    when(broken.name()).thenReturn("mail");
    when(broken.isEnabled()).thenReturn(true);
    when(broken.addressOf(any())).thenThrow(new IllegalStateException("lỗi của kênh"));
    ObjectProvider<NotificationChannel> channels = mock(ObjectProvider.class);
    when(channels.orderedStream()).thenAnswer(call -> Stream.of(broken));
    ReadOnlyIdentityProvider identities = mock(ReadOnlyIdentityProvider.class);
    when(identities.findUserById("qlkh.giang")).thenReturn(new UserEntity("qlkh.giang"));
    when(context.getReadOnlyIdentityProvider()).thenReturn(identities);
    when(context.runWithoutAuthorization(any(Callable.class)))
        .thenAnswer(call -> call.<Callable<?>>getArgument(0).call());
    when(context.getJobManager()).thenReturn(jobs);
    Context.setCommandContext(context);
    NotificationJobHandler handler =
        new NotificationJobHandler(outbox, channels, new NotificationProperties(null, null, null, 50, null));

    NotificationOutbox.Result result =
        handler.firstTry(NotificationSenderTest.row("1"), null, Instant.parse("2026-11-30T01:00:00Z"), context);

    assertThat(result).as("no result: its retry chain has it").isNull();
    verify(outbox).noteFailure(eq("1"), contains("lỗi của kênh"));
    verify(jobs).send(any(MessageEntity.class));
  }
}
