package tulpar.app.eval;

import java.util.Locale;

/** Counts of one classification: true positives, false positives, false negatives. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** 1.0 when nothing was predicted (no false claim was made). */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  /** 1.0 when there was nothing to find. */
  public double recall() {
    int actual = truePositives + falseNegatives;
    return actual == 0 ? 1.0 : (double) truePositives / actual;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
        truePositives, falsePositives, falseNegatives);
  }
}
