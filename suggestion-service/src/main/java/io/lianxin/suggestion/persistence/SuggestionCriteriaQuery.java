package io.lianxin.suggestion.persistence;

import io.lianxin.suggestion.domain.Commitment;
import io.lianxin.suggestion.domain.SuggestionAccess;
import io.lianxin.suggestion.domain.SuggestionCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** A {@link SuggestionCriteria} as Mongo criteria over the stored item's fields ({@code item.*}). */
final class SuggestionCriteriaQuery {

  private SuggestionCriteriaQuery() {}

  static Criteria of(SuggestionCriteria c) {
    Criteria criteria = Criteria.where("item.congressId").is(c.congressId());
    List<List<Criteria>> eitherOf = new ArrayList<>();
    if (c.involvedDeputyId() != null) {
      eitherOf.add(List.of(Criteria.where("item.proposerDeputyId").is(c.involvedDeputyId()),
          Criteria.where("item.coSigners.deputyId").is(c.involvedDeputyId()),
          Criteria.where("item.workingGroupDeputyIds").is(c.involvedDeputyId())));
    }
    if (c.involvedUnitId() != null) {
      eitherOf.add(List.of(Criteria.where("item.assignment.leadUnitId").is(c.involvedUnitId()),
          Criteria.where("item.assignment.coUnitIds").is(c.involvedUnitId())));
    }
    if (c.ledOrRepliedByUnitId() != null) {
      eitherOf.add(List.of(Criteria.where("item.assignment.leadUnitId").is(c.ledOrRepliedByUnitId()),
          Criteria.where("item.replies.unitId").is(c.ledOrRepliedByUnitId())));
    }
    if (c.text() != null) {
      Pattern pattern = Pattern.compile(Pattern.quote(c.text()), Pattern.CASE_INSENSITIVE);
      if (c.publicOnly()) {
        // the public read the public version (公开文本), never the text as written
        eitherOf.add(List.of(Criteria.where("item.publicVersion.title").regex(pattern),
            Criteria.where("item.publicVersion.body").regex(pattern)));
      } else {
        eitherOf.add(List.of(Criteria.where("item.title").regex(pattern),
            Criteria.where("item.body").regex(pattern)));
      }
    }
    if (c.numberedOnly()) {
      criteria = criteria.and("item.number").ne(null);
    }
    if (c.publicOnly()) {
      // SuggestionAccess.isPublic as a query: the public state, and not withheld
      criteria = criteria.and("item.state").is(SuggestionAccess.PUBLIC_STATE).and("item.notPublic").is(false);
    } else if (!c.states().isEmpty()) {
      criteria = criteria.and("item.state").in(c.states());
    }
    if (c.category() != null) {
      criteria = criteria.and("item.category").is(c.category());
    }
    if (c.leadUnitId() != null) {
      criteria = criteria.and("item.assignment.leadUnitId").is(c.leadUnitId());
    }
    if (c.numberYear() != null) {
      criteria = criteria.and("item.number.year").is(c.numberYear());
    }
    if (c.keyOnly()) {
      criteria = criteria.and("item.supervisingLeaderId").ne(null);
    }
    if (!c.commitmentStatuses().isEmpty()) {
      criteria = criteria.and("item.commitments.status")
          .in(c.commitmentStatuses().stream().map(Commitment.Status::name).sorted().toList());
    }
    if (c.withCommitmentsOnly()) {
      criteria = criteria.and("item.commitments.0").exists(true);
    }
    if (c.mergedIntoId() != null) {
      criteria = criteria.and("item.mergedInto").is(c.mergedIntoId());
    }
    if (c.linkingToId() != null) {
      criteria = criteria.and("item.linkedIds").is(c.linkingToId());
    }
    if (c.lookBackOnly()) {
      criteria = criteria.and("item.lookBack").is(true);
    }
    if (c.replyDueBefore() != null) {
      criteria = criteria.and("item.replyDueDate").lt(c.replyDueBefore());
    }
    return joined(criteria, eitherOf);
  }

  /** Items whose deadlines may need attention on {@code today}. */
  static Criteria deadlineCandidates(LocalDate today) {
    return Criteria.where("nextDeadlineCheck").lte(today);
  }

  /** One group of alternatives is the query's own {@code $or}, as it always was; several are joined by {@code $and}. */
  private static Criteria joined(Criteria criteria, List<List<Criteria>> eitherOf) {
    if (eitherOf.size() == 1) {
      return criteria.orOperator(eitherOf.get(0));
    }
    return eitherOf.isEmpty() ? criteria
        : criteria.andOperator(eitherOf.stream().map(group -> new Criteria().orOperator(group)).toList());
  }
}
