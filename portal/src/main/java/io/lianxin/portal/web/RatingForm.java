package io.lianxin.portal.web;

import io.lianxin.portal.gateway.UnitRequests;
import java.util.List;

/** The rating form (征询意见表) as posted: satisfied (满意), basically satisfied (基本满意) or not (不满意), a comment. */
record RatingForm(String rating, String comment, String requestKey) {

  static final List<String> RATINGS = List.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");

  static RatingForm empty() {
    return new RatingForm("", "", RequestKeys.fresh());
  }

  /** What the service takes; a rating it does not know is sent as it came, for the service to name the field. */
  UnitRequests.Evaluation toRequest() {
    return new UnitRequests.Evaluation(FormValues.blankToNull(rating), FormValues.blankToNull(comment));
  }
}
