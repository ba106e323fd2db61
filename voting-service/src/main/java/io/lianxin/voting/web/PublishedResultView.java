package io.lianxin.voting.web;

import io.lianxin.voting.application.PollService;
import io.lianxin.voting.domain.BallotBox;
import io.lianxin.voting.domain.PaperTally;
import io.lianxin.voting.domain.PassingRule;
import io.lianxin.voting.domain.PollMethod;
import io.lianxin.voting.domain.PollSpec;
import io.lianxin.voting.domain.Tally;
import io.lianxin.voting.domain.Verifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A published result as a self-contained document (公布的表决结果): the rules, those present, the
 * paper tallies, the ballot box (receipt codes and answers; voters only in a named poll), its
 * digest and the certified count. Posting it to {@code /api/v1/public/verifier} recomputes it.
 */
public record PublishedResultView(@Size(max = 100) String pollId, @Size(max = 200) String title,
    @Size(max = 40) String kind, boolean secret, @Valid Rules rules, long present,
    @Size(max = 100) List<PaperTally> paperTallies, List<BallotBox.Entry> ballotBox, @Size(max = 128) String boxDigest,
    Tally.Result result, Instant talliedAt) {

  /** The counting rules, as published. */
  public record Rules(PollMethod method, @Size(max = 500) List<@Size(max = 200) String> items, int rollSize,
      PassingRule rule, Integer seats,
      int minChoices, int maxChoices, int quorumPercent, int passScore) {
    PollSpec spec() {
      return new PollSpec(method, items, rollSize, rule, seats, minChoices, maxChoices, quorumPercent, passScore);
    }
  }

  static PublishedResultView of(PollService.PublishedResult r) {
    PollSpec s = r.poll().spec();
    return new PublishedResultView(r.poll().id(), r.poll().title(), r.poll().kind().name(), r.poll().secret(),
        new Rules(s.method(), s.items(), s.rollSize(), s.rule(), s.seats(), s.minChoices(), s.maxChoices(),
            s.quorumPercent(), s.passScore()),
        r.present(), r.paperTallies(), r.box().entries(), r.certified().boxDigest(), r.certified().result(),
        r.certified().talliedAt());
  }

  Verifier.Claim claim() {
    return new Verifier.Claim(rules.spec(), present, paperTallies, new BallotBox(ballotBox), boxDigest, result);
  }
}
