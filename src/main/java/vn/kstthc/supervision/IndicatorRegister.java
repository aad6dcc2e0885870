package vn.kstthc.supervision;

import java.util.List;

/**
 * The indicators of one organisation for one year, as its file says.
 *
 * @param units the groups it applies to; empty: the whole Sở, and every unit without a register
 *     of its own
 */
public record IndicatorRegister(String organisation, String name, int year, List<String> units, List<Indicator> indicators) {

  public IndicatorRegister {
    units = List.copyOf(units);
    indicators = List.copyOf(indicators);
  }
}
