package vn.kstthc.reporting;

import java.util.Set;

/**
 * Whose rows a reader of reports sees: a unit sees its own rows (those of the groups it belongs
 * to), a supervisor every unit's ({@link ReportScopes}). Every read of the query layer takes one.
 */
public record ReportScope(boolean allUnits, Set<String> units) {

  public ReportScope {
    units = Set.copyOf(units);
  }

  public static ReportScope everyUnit() {
    return new ReportScope(true, Set.of());
  }

  public static ReportScope ofUnits(Set<String> units) {
    return new ReportScope(false, units);
  }

  /** Whether rows of this unit may be read. */
  public boolean permits(String unitId) {
    return allUnits || (unitId != null && units.contains(unitId));
  }

  /** A scope with nothing to read: no query needs to run. */
  public boolean isEmpty() {
    return !allUnits && units.isEmpty();
  }
}
