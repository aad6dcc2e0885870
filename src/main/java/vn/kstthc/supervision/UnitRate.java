package vn.kstthc.supervision;

/**
 * A unit's work finished in a period and judged against a deadline, and how many were on time
 * (before or on the due day): its steps; in the monthly late list also its imported one-stop
 * dossiers resolved in the period ({@link MonthlyLateWork}).
 */
public record UnitRate(String unitId, int judged, int onTime) {

  /** Seed 001 II.3: units whose on-time rate is under 95% are reported to the chair. */
  public static final int FLAG_BELOW_PERCENT = 95;

  public int late() {
    return judged - onTime;
  }

  /** Percent, one decimal; 100 when nothing was judged. */
  public double percent() {
    return judged == 0 ? 100.0 : Math.round(onTime * 1000.0 / judged) / 10.0;
  }

  /** Under 95%, counted exactly (no rounding: 94.96% is under). */
  public boolean flagged() {
    return (long) onTime * 100 < (long) FLAG_BELOW_PERCENT * judged;
  }
}
