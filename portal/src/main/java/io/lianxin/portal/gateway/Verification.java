package io.lianxin.portal.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What voting-service's verifier (核验) found recomputing a published result from the published record alone: whether
 * the box's digest, the proofs and the count match, and each difference.
 */
public record Verification(Boolean digestMatches, Boolean proofsHold, Boolean resultMatches, String recomputedDigest,
    List<Difference> differences) {

  public Verification {
    differences = List.copyOf(Objects.requireNonNullElse(differences, List.of()));
  }

  /** Everything checked held. */
  public boolean holds() {
    return Boolean.TRUE.equals(digestMatches) && !Boolean.FALSE.equals(proofsHold)
        && Boolean.TRUE.equals(resultMatches) && differences.isEmpty();
  }

  /** A check that failed, where (item, option, receipt, scrutineer) and the published against the recomputed value. */
  public record Difference(String check, String item, String option, String receipt, Integer scrutineer,
      String field, String published, String recomputed, String message) {

    /** Where it is: the item, option, field, receipt and scrutineer that apply, in that order. */
    public String where() {
      return Stream.of(item, option, field, receipt, scrutineer == null ? null : "#" + scrutineer)
          .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    public String message(Locale reader) {
      return Bilingual.pick(message, reader);
    }
  }
}
