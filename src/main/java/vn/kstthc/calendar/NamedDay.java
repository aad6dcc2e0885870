package vn.kstthc.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar day with the Vietnamese name an officer reads, e.g. a day off
 * ("Tết Nguyên đán (mùng 1)") or a make-up working day ("Làm bù cho thứ Sáu 02/05/2025").
 *
 * @param date the day
 * @param name its Vietnamese name, never blank
 */
public record NamedDay(LocalDate date, String name) implements Comparable<NamedDay> {

  /** Requires a date and a non-blank name. */
  public NamedDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank for " + date);
    }
  }

  @Override
  public int compareTo(NamedDay other) {
    return date.compareTo(other.date);
  }
}
