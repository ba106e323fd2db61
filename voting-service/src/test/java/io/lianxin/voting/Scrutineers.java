package io.lianxin.voting;

import static org.assertj.core.api.Assertions.assertThat;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUser;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.DevTokenIssuer;
import io.lianxin.voting.trustee.Trustee;
import io.lianxin.voting.trustee.TrusteeState;
import java.util.ArrayList;
import java.util.List;

/**
 * A secret poll's scrutineers for tests: each a {@link Trustee} as {@code lianxin-trustee} runs it,
 * with its secrets in memory (on a scrutineer's device they would be in its state file). Ids
 * {@code D-qingshan-9xx}, signed in as deputies of the county.
 */
final class Scrutineers {

  static final List<String> IDS = List.of("D-qingshan-901", "D-qingshan-902", "D-qingshan-903");

  private final List<Trustee> trustees = new ArrayList<>();

  private Scrutineers(String pollUrl, DevTokenIssuer issuer, List<String> ids) {
    for (String id : ids) {
      trustees.add(new Trustee(pollUrl, token(issuer, id), TrusteeState.empty()));
    }
  }

  static String token(DevTokenIssuer issuer, String id) {
    return issuer.tokenFor(DemoUser.deputy("scrutineer-" + id, "监票人 " + id, DemoUsers.COUNTY, id));
  }

  /** Runs the whole key ceremony of the poll with the scrutineers {@link #IDS}; the poll's key is then ready. */
  static Scrutineers ceremony(String baseUrl, String pollId, DevTokenIssuer issuer) {
    return ceremony(baseUrl, pollId, issuer, IDS);
  }

  static Scrutineers ceremony(String baseUrl, String pollId, DevTokenIssuer issuer, List<String> ids) {
    Scrutineers s = new Scrutineers(baseUrl + "/api/v1/polls/" + pollId, issuer, ids);
    s.trustees.forEach(Trustee::commit);
    s.trustees.forEach(Trustee::sendShares);
    s.trustees.forEach(t -> assertThat(t.confirm()).as("complaints").isEmpty());
    String stage = new ApiClient(baseUrl).get("/api/v1/polls/" + pollId + "/key-ceremony", token(issuer, ids.get(0)))
        .json().get("stage").asString();
    assertThat(stage).isEqualTo("READY");
    return s;
  }

  /** Scrutineers number {@code which} (1-based) give their decryption shares of the counted poll. */
  void decrypt(int... which) {
    for (int i : which) {
      trustees.get(i - 1).decrypt();
    }
  }

  Trustee trustee(int index) {
    return trustees.get(index - 1);
  }
}
