package vn.kstthc.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.kstthc.notification.NotificationChannel.Recipient;

/**
 * Queues notifications inside the engine's current command: one row per recipient and channel
 * ({@link NotificationOutbox}), committed with the task they are about, and sent by {@link
 * NotificationSender}, woken by that commit. Nothing is sent before the commit; a rollback sends
 * nothing. Must be called with an active command context (a listener, or {@code
 * CommandExecutor#execute}).
 */
@Service
public class NotificationService {

  private final NotificationOutbox outbox;
  private final MessageComposer composer;
  private final ObjectProvider<NotificationChannel> channels;
  private final NotificationSender sender;

  NotificationService(
      NotificationOutbox outbox,
      MessageComposer composer,
      ObjectProvider<NotificationChannel> channels,
      NotificationSender sender) {
    this.outbox = outbox;
    this.composer = composer;
    this.channels = channels;
    this.sender = sender;
  }

  /**
   * Queues one kind of notification about a task for some officers; a notification already queued
   * with the same key (kind, task, recipient, channel, {@code occurrence}) is not queued again.
   *
   * @param occurrence distinguishes repeated events of the same kind (e.g. a second assignment);
   *     empty for events that happen once per task (reminder, escalation)
   * @return how many notifications were queued
   */
  public int notify(
      NotificationKind kind,
      TaskSummary task,
      Collection<Recipient> recipients,
      String occurrence) {
    String eventId = UUID.randomUUID().toString();
    Map<String, Runnable> queued = new LinkedHashMap<>();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (NotificationChannel channel : enabledChannels()) {
      for (Recipient recipient : recipients) {
        String key = String.join(":", kind.name(), task.taskId(), recipient.userId(), channel.name(), occurrence);
        queued.put(key, () -> queue(eventId, kind, task, recipient, channel, key, now));
      }
    }
    List<String> fresh = new ArrayList<>(queued.keySet());
    fresh.removeAll(outbox.existing(queued.keySet()));
    fresh.forEach(key -> queued.get(key).run());
    if (!fresh.isEmpty()) {
      // the rows are the queue; the sender takes them as soon as they are committed
      Context.getCommandContext().getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> sender.wake());
    }
    return fresh.size();
  }

  private void queue(
      String eventId,
      NotificationKind kind,
      TaskSummary task,
      Recipient recipient,
      NotificationChannel channel,
      String key,
      Instant now) {
    MessageComposer.Message message = composer.compose(kind, task, recipient.fullName());
    outbox.insert(
        new NotificationOutbox.Row(
            UUID.randomUUID().toString(), eventId, key, kind, channel.name(), recipient.userId(), task.taskId(),
            task.processInstanceId(), message.subject(), message.body(), NotificationOutbox.PENDING, null, null),
        now);
  }

  /**
   * Creates a job of a notification's retry chain. The job names the process instance (Cockpit lists
   * it, and its incident, with the process) but is not attached to its execution: a job attached to
   * an execution changes that execution's row when it finishes, and an officer completing the task
   * at the same moment would get an optimistic locking error. It is not exclusive either: the job
   * executor runs the exclusive jobs of one instance one at a time, so a send waiting on a slow mail
   * server would hold back the dossier's timers and asynchronous steps (and they the mail).
   */
  static final int PLATFORM_RETRIES = 3;

  static void schedule(NotificationJobHandler.Config config, java.util.Date due) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(NotificationJobHandler.TYPE);
    job.setJobHandlerConfiguration(config);
    // Failures of the channel are spaced and counted by the handler (its retry chain), one job per
    // attempt. The engine's retries are for the platform's own failures: a job whose database
    // connection broke (PostgreSQL restarted) runs again at once with a fresh one, instead of
    // raising an incident for a mail that was never the problem. The last attempt's failure is
    // thrown, so it is made up to this many times in a row, then it is an incident in Cockpit.
    job.setRetries(PLATFORM_RETRIES);
    job.setExclusive(false);
    job.setProcessInstanceId(config.processInstanceId());
    job.setProcessDefinitionId(config.processDefinitionId());
    job.setProcessDefinitionKey(config.processDefinitionKey());
    if (due != null) {
      job.setDuedate(due);
    }
    Context.getCommandContext().getJobManager().send(job);
  }

  private List<NotificationChannel> enabledChannels() {
    return channels.orderedStream().filter(NotificationChannel::isEnabled).toList();
  }

  /** Members of groups, as recipients, read without authorization checks. */
  public static List<Recipient> membersOf(Collection<String> groupIds) {
    CommandContext context = Context.getCommandContext();
    Map<String, Recipient> members = new LinkedHashMap<>();
    context.runWithoutAuthorization(
        () -> {
          for (String groupId : groupIds) {
            for (User user :
                context.getReadOnlyIdentityProvider().createUserQuery().memberOfGroup(groupId).list()) {
              members.putIfAbsent(user.getId(), recipient(user));
            }
          }
          return null;
        });
    return new ArrayList<>(members.values());
  }

  /** One officer as a recipient, or null if the id is unknown. */
  public static Recipient user(String userId) {
    CommandContext context = Context.getCommandContext();
    User user =
        context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(userId));
    return user == null ? null : recipient(user);
  }

  /** A group's name, or its id when unknown. */
  public static String groupName(String groupId) {
    CommandContext context = Context.getCommandContext();
    Group group =
        context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findGroupById(groupId));
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  static Recipient recipient(User user) {
    String name = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
    return new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
