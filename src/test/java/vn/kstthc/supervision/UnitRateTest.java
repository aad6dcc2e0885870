package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 001 II.3: a unit is flagged when its on-time rate is under 95%, counted exactly. */
class UnitRateTest {

  @ParameterizedTest(name = "{1} of {0} on time: {2}%, flagged {3}")
  @CsvSource({
    "20, 19, 95.0, false",
    "19, 18, 94.7, true",
    "2000, 1899, 95.0, true", // 94.95%: shown rounded as 95.0, still under 95
    "0, 0, 100.0, false",
    "7, 7, 100.0, false"
  })
  void flaggedUnder95Percent(int judged, int onTime, double percent, boolean flagged) {
    UnitRate rate = new UnitRate("phong-tc-dl-cl", judged, onTime);
    assertThat(rate.percent()).isEqualTo(percent);
    assertThat(rate.flagged()).isEqualTo(flagged);
  }
}
