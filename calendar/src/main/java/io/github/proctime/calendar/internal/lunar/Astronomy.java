package io.github.proctime.calendar.internal.lunar;

/**
 * The few astronomical quantities the lunar calendar needs, from Jean Meeus, <i>Astronomical
 * Algorithms</i>, 2nd ed. (1998), and the ΔT polynomials of Espenak and Meeus (NASA, <i>Five
 * Millennium Canon of Solar Eclipses</i>, 2006).
 *
 * <p>Times are Julian days. "JDE" is in Terrestrial (dynamical) Time, "JD" in Universal Time; they
 * differ by ΔT.
 *
 * <p>Accuracy, as stated by Meeus: the true new moon of chapter 49 with all its periodic and
 * planetary terms is within about 20 seconds of the full ELP-2000/82 theory over 1980-2020 (and of
 * that order for the two centuries around 2000); the sun's apparent longitude of chapter 25 (low
 * accuracy) is within 0.01°, about 15 minutes of the sun's motion. The uncertainty of ΔT is a few
 * seconds in the 20th century and grows to a few minutes by 2100.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Astronomy {
  /**
   * JD of 1970-01-01T00:00 UT minus one half: epoch day {@code d} starts at JD {@code d + this}.
   */
  static final double EPOCH_DAY_ZERO_JD = 2440587.5;

  // The factor of Math.toRadians, written out so that the angles of the series are converted
  // without a method call each: the table is computed once, mostly in the interpreter.
  private static final double DEGREES_TO_RADIANS = 0.017453292519943295;

  private Astronomy() {}

  /**
   * The instant of the true new moon number {@code k} (k = 0 is the new moon of 6 January 2000),
   * Meeus chapter 49.
   *
   * @param k the lunation number
   * @return the JDE (Terrestrial Time) of the new moon
   */
  public static double newMoonJde(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m =
        ((2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) % 360 * DEGREES_TO_RADIANS);
    double mp =
        ((201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4)
            % 360
            * DEGREES_TO_RADIANS);
    double f =
        ((160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4)
            % 360
            * DEGREES_TO_RADIANS);
    double om =
        ((124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) % 360 * DEGREES_TO_RADIANS);

    double c =
        -0.40720 * Math.sin(mp)
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
            - 0.00017 * Math.sin(om)
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

    double planetary =
        0.000325 * Math.sin(((299.77 + 0.107408 * k - 0.009173 * t2) % 360 * DEGREES_TO_RADIANS))
            + 0.000165 * Math.sin(((251.88 + 0.016321 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000164 * Math.sin(((251.83 + 26.651886 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000126 * Math.sin(((349.42 + 36.412478 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000110 * Math.sin(((84.66 + 18.206239 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000062 * Math.sin(((141.74 + 53.303771 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000060 * Math.sin(((207.14 + 2.453732 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000056 * Math.sin(((154.84 + 7.306860 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000047 * Math.sin(((34.52 + 27.261239 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000042 * Math.sin(((207.19 + 0.121824 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000040 * Math.sin(((291.34 + 1.844379 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000037 * Math.sin(((161.72 + 24.198154 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000035 * Math.sin(((239.56 + 25.513099 * k) % 360 * DEGREES_TO_RADIANS))
            + 0.000023 * Math.sin(((331.55 + 3.592518 * k) % 360 * DEGREES_TO_RADIANS));
    return jde + c + planetary;
  }

  /**
   * The sun's apparent geocentric longitude, referred to the true equinox of the date, Meeus
   * chapter 25 (the method of "low accuracy", within 0.01°).
   *
   * @param jde the instant in Terrestrial Time
   * @return the longitude in degrees, in [0, 360)
   */
  public static double sunApparentLongitude(double jde) {
    double t = (jde - 2451545.0) / 36525;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = ((357.52911 + 35999.05029 * t - 0.0001537 * t * t) % 360 * DEGREES_TO_RADIANS);
    double c =
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
            + 0.000289 * Math.sin(3 * m);
    double omega = ((125.04 - 1934.136 * t) % 360 * DEGREES_TO_RADIANS);
    double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    return normalize(lambda);
  }

  /**
   * ΔT = TT − UT in seconds, by the polynomials of Espenak and Meeus (2006), valid 1860 to 2150.
   *
   * @param decimalYear the year with its fraction, for example 2000.5 for mid-2000
   * @return ΔT in seconds
   * @throws IllegalArgumentException outside 1860 to 2150
   */
  public static double deltaTSeconds(double decimalYear) {
    double y = decimalYear;
    if (y < 1860 || y > 2150) {
      throw new IllegalArgumentException(
          "Invalid value for decimalYear (valid values 1860 - 2150): " + y);
    }
    double t;
    if (y < 1900) {
      t = y - 1860;
      return 7.62
          + 0.5737 * t
          - 0.251754 * t * t
          + 0.01680668 * t * t * t
          - 0.0004473624 * t * t * t * t
          + t * t * t * t * t / 233174;
    } else if (y < 1920) {
      t = y - 1900;
      return -2.79
          + 1.494119 * t
          - 0.0598939 * t * t
          + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    } else if (y < 1941) {
      t = y - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    } else if (y < 1961) {
      t = y - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    } else if (y < 1986) {
      t = y - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    } else if (y < 2005) {
      t = y - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    } else if (y < 2050) {
      t = y - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    } else {
      double u = (y - 1820) / 100;
      return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }
  }

  /**
   * Converts an instant in Terrestrial Time to Universal Time.
   *
   * @param jde the instant in Terrestrial Time
   * @return the JD in Universal Time
   */
  public static double toUniversalTime(double jde) {
    return jde - deltaTSeconds(decimalYear(jde)) / 86400;
  }

  /**
   * Converts an instant in Universal Time to Terrestrial Time.
   *
   * @param jd the instant in Universal Time
   * @return the JDE in Terrestrial Time
   */
  public static double toTerrestrialTime(double jd) {
    return jd + deltaTSeconds(decimalYear(jd)) / 86400;
  }

  /**
   * The local civil day containing an instant, as an epoch day (days since 1970-01-01).
   *
   * @param jd the instant in Universal Time
   * @param utcOffsetHours the local time's offset from UTC, for example 7
   * @return the epoch day of the local date
   */
  public static long localEpochDay(double jd, int utcOffsetHours) {
    return (long) Math.floor(jd - EPOCH_DAY_ZERO_JD + utcOffsetHours / 24.0);
  }

  /**
   * The instant of local midnight starting a day.
   *
   * @param epochDay the local date as an epoch day
   * @param utcOffsetHours the local time's offset from UTC, for example 7
   * @return the JD in Universal Time
   */
  public static double localMidnightJd(long epochDay, int utcOffsetHours) {
    return epochDay + EPOCH_DAY_ZERO_JD - utcOffsetHours / 24.0;
  }

  private static double decimalYear(double jd) {
    // Mean Julian year of 365.25 days from J2000.0 (2000-01-01T12:00); ample for ΔT.
    return 2000.0 + (jd - 2451545.0) / 365.25;
  }

  private static double normalize(double degrees) {
    double d = degrees % 360;
    return d < 0 ? d + 360 : d;
  }
}
