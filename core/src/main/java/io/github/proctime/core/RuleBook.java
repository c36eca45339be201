package io.github.proctime.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule sets known to an evaluator, keyed by effective date: answers which {@link RuleSet} is in
 * force on a dossier's receipt date.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.standard();
 * book.ruleSetOn(LocalDate.of(2025, 6, 30)); // ND61_2018
 * book.ruleSetOn(LocalDate.of(2025, 7, 1));  // ND118_2025
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleBook {
  private final List<RuleSet> ruleSets;

  private RuleBook(List<RuleSet> ruleSets) {
    this.ruleSets = ruleSets;
  }

  /**
   * The built-in book: {@link RuleSets#decree61()} then {@link RuleSets#decree118()}.
   *
   * @return the standard book
   */
  public static RuleBook standard() {
    return of(RuleSets.decree61(), RuleSets.decree118());
  }

  /**
   * A book of rule sets whose effective ranges do not overlap.
   *
   * @param ruleSets the rule sets, in any order
   * @return the book
   * @throws IllegalArgumentException if two rule sets are in force on the same date
   */
  public static RuleBook of(RuleSet... ruleSets) {
    return of(Arrays.asList(ruleSets));
  }

  /**
   * A book of rule sets whose effective ranges do not overlap.
   *
   * @param ruleSets the rule sets, in any order
   * @return the book
   * @throws IllegalArgumentException if two rule sets are in force on the same date
   */
  public static RuleBook of(Collection<RuleSet> ruleSets) {
    List<RuleSet> sorted = new ArrayList<>();
    for (RuleSet r : Objects.requireNonNull(ruleSets, "ruleSets")) {
      sorted.add(Objects.requireNonNull(r, "ruleSets element"));
    }
    sorted.sort(Comparator.comparing(RuleSet::effectiveFrom));
    for (int i = 1; i < sorted.size(); i++) {
      RuleSet before = sorted.get(i - 1);
      RuleSet after = sorted.get(i);
      if (before.effectiveUntil().isEmpty()
          || !before.effectiveUntil().get().isBefore(after.effectiveFrom())) {
        throw new IllegalArgumentException(
            "Invalid RuleBook: rule sets "
                + before.id()
                + " and "
                + after.id()
                + " are both in force on "
                + after.effectiveFrom());
      }
    }
    return new RuleBook(List.copyOf(sorted));
  }

  /**
   * The rule sets, in order of effective date.
   *
   * @return the rule sets
   */
  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /**
   * The rule set in force on a receipt date.
   *
   * @param receiptDate the date the dossier was received
   * @return the rule set, or empty if none is in force that day
   */
  public Optional<RuleSet> ruleSetOn(LocalDate receiptDate) {
    Objects.requireNonNull(receiptDate, "receiptDate");
    for (RuleSet r : ruleSets) {
      if (r.isInForceOn(receiptDate)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleBook && ruleSets.equals(((RuleBook) o).ruleSets);
  }

  @Override
  public int hashCode() {
    return ruleSets.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RuleBook[");
    for (RuleSet r : ruleSets) {
      s.append(s.length() > 9 ? ", " : "").append(r.id());
    }
    return s.append(']').toString();
  }
}
