package vn.kstthc.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The office sessions of a working day (giờ hành chính) and the time zone they are read in.
 *
 * <p>The default, {@link #standard()}, is 07:30-11:30 and 13:30-17:30 in Asia/Ho_Chi_Minh:
 * 8 working hours a day, the usual schedule of provincial agencies under the 40-hour week. A
 * province whose offices open at other hours (summer/winter schedules in the north, for example)
 * configures its own sessions. Instances are immutable.
 */
public final class OfficeHours {

  /** The time zone of Vietnam (UTC+7, no daylight saving time). */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * One office session, {@code start} inclusive, {@code end} exclusive.
   *
   * @param start when the session opens
   * @param end   when it closes
   */
  public record Session(LocalTime start, LocalTime end) {

    /** Requires {@code start} before {@code end}. */
    public Session {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("session must start before it ends: " + start + "-" + end);
      }
    }

    /** The session's length. */
    public Duration length() {
      return Duration.between(start, end);
    }
  }

  private final ZoneId zone;
  private final List<Session> sessions;

  private OfficeHours(ZoneId zone, List<Session> sessions) {
    this.zone = Objects.requireNonNull(zone, "zone");
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("office hours need at least one session");
    }
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
        throw new IllegalArgumentException("sessions must be in order and must not overlap: " + sessions);
      }
    }
    this.sessions = List.copyOf(sessions);
  }

  /** 07:30-11:30 and 13:30-17:30, Asia/Ho_Chi_Minh. */
  public static OfficeHours standard() {
    return of(VIETNAM,
        new Session(LocalTime.of(7, 30), LocalTime.of(11, 30)),
        new Session(LocalTime.of(13, 30), LocalTime.of(17, 30)));
  }

  /**
   * Custom office hours.
   *
   * @param zone     the zone in which the sessions are read
   * @param sessions sessions in order, not overlapping
   */
  public static OfficeHours of(ZoneId zone, Session... sessions) {
    return new OfficeHours(zone, List.of(sessions));
  }

  /** The zone in which the sessions are read. */
  public ZoneId zone() {
    return zone;
  }

  /** The sessions, in order. */
  public List<Session> sessions() {
    return sessions;
  }

  /** When the first session opens. */
  public LocalTime opening() {
    return sessions.get(0).start();
  }

  /** When the last session closes: the end of a working day. */
  public LocalTime closing() {
    return sessions.get(sessions.size() - 1).end();
  }

  /** Total office time of one working day (8 hours for the standard hours). */
  public Duration workingTimePerDay() {
    return sessions.stream().map(Session::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** Whether an office is open at this local time on a working day. */
  public boolean isOpenAt(LocalTime time) {
    return sessions.stream().anyMatch(s -> !time.isBefore(s.start()) && time.isBefore(s.end()));
  }

  @Override
  public String toString() {
    return "OfficeHours" + sessions + " " + zone;
  }
}
