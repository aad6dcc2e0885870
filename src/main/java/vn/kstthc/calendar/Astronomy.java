package vn.kstthc.calendar;

/**
 * Low-level astronomy used by {@link VietnameseLunarCalendar}: instants of new moons and the
 * apparent longitude of the Sun.
 *
 * <p>Formulas from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): chapter 49 (phases of
 * the Moon, with the additional planetary corrections) and chapter 25 (solar coordinates, low
 * accuracy). Dynamical time is converted to universal time with the polynomial expressions for ΔT
 * published by F. Espenak and J. Meeus (NASA, <i>Five Millennium Canon of Solar Eclipses</i>).
 * All Julian days here are plain doubles; callers turn them into local calendar days.
 */
final class Astronomy {

  /** Mean length of a synodic month, in days. */
  static final double SYNODIC_MONTH = 29.530588861;

  /** Julian day (TT) of the mean new moon with lunation number 0 (6 January 2000). */
  private static final double NEW_MOON_EPOCH = 2451550.09766;

  private static final double[] PLANETARY_COEFFICIENTS = {
    0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
    0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023
  };
  private static final double[] PLANETARY_BASE = {
    299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14,
    154.84, 34.52, 207.19, 291.34, 161.72, 239.56, 331.55
  };
  private static final double[] PLANETARY_RATE = {
    0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732,
    7.306860, 27.261239, 0.121824, 1.844379, 24.198154, 25.513099, 3.592518
  };

  private Astronomy() {
  }

  /**
   * Lunation number of the mean new moon closest to a Julian day.
   *
   * @param julianDay any Julian day
   * @return the integer k such that the mean new moon k is nearest to {@code julianDay}
   */
  static long nearestLunation(double julianDay) {
    return Math.round((julianDay - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  }

  /**
   * Instant of the true new moon with lunation number {@code k}, in universal time.
   *
   * @param k lunation number (0 = new moon of 6 January 2000)
   * @return the Julian day (UT) of that new moon
   */
  static double newMoonUniversalTime(long k) {
    double jde = newMoonDynamicalTime(k);
    return jde - deltaTSeconds(julianDayToDecimalYear(jde)) / 86400.0;
  }

  /**
   * Instant of the true new moon with lunation number {@code k}, in dynamical time (Meeus 49).
   */
  static double newMoonDynamicalTime(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k
        + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double sunAnomaly = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double moonAnomaly = Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2
        + 0.00001238 * t3 - 0.000000058 * t4);
    double latitudeArgument = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2
        - 0.00000227 * t3 + 0.000000011 * t4);
    double ascendingNode = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double m = sunAnomaly;
    double mp = moonAnomaly;
    double f = latitudeArgument;
    double correction = -0.40720 * Math.sin(mp)
        + 0.17241 * e * Math.sin(m)
        + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f)
        + 0.00739 * e * Math.sin(mp - m)
        - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m)
        - 0.00111 * Math.sin(mp - 2 * f)
        - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m)
        - 0.00042 * Math.sin(3 * mp)
        + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f)
        - 0.00024 * e * Math.sin(2 * mp - m)
        - 0.00017 * Math.sin(ascendingNode)
        - 0.00007 * Math.sin(mp + 2 * m)
        + 0.00004 * Math.sin(2 * mp - 2 * f)
        + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f)
        + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f)
        + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f)
        - 0.00002 * Math.sin(3 * mp + m)
        + 0.00002 * Math.sin(4 * mp);

    double planetary = 0;
    for (int i = 0; i < PLANETARY_COEFFICIENTS.length; i++) {
      double argument = PLANETARY_BASE[i] + PLANETARY_RATE[i] * k;
      if (i == 0) {
        argument -= 0.009173 * t2;
      }
      planetary += PLANETARY_COEFFICIENTS[i] * Math.sin(Math.toRadians(argument));
    }
    return jde + correction + planetary;
  }

  /**
   * Apparent geocentric longitude of the Sun (Meeus 25, low accuracy, about 0.01°).
   *
   * @param julianDayUt a Julian day in universal time (ΔT, about a minute, is negligible here)
   * @return the longitude in degrees, in [0, 360)
   */
  static double sunApparentLongitude(double julianDayUt) {
    double t = (julianDayUt - 2451545.0) / 36525.0;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double meanAnomaly = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
        + 0.000289 * Math.sin(3 * meanAnomaly);
    double node = Math.toRadians(125.04 - 1934.136 * t);
    double apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(node);
    double normalized = apparent % 360.0;
    return normalized < 0 ? normalized + 360.0 : normalized;
  }

  /**
   * ΔT = TT − UT in seconds (Espenak and Meeus polynomials, valid 1900-2200; years before 1900
   * use the 1900 branch, which is within a few seconds there).
   */
  static double deltaTSeconds(double decimalYear) {
    double y = decimalYear;
    if (y < 1920) {
      double t = y - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (y < 1941) {
      double t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
      double t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
      double t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
      double t = y - 2000;
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    }
    if (y < 2050) {
      double t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (y - 1820) / 100;
    if (y < 2150) {
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
    return -20 + 32 * u * u;
  }

  private static double julianDayToDecimalYear(double julianDay) {
    return 2000.0 + (julianDay - 2451545.0) / 365.25;
  }
}
