package io.lianxin.suggestion.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the public reads of a published item (公开文本): title, body and each signed reply's
 * text and reason, in the order of the replies. Staff may send a redacted version (脱敏) for
 * publication; what they leave out (null) is published as written.
 */
public record PublicText(String title, String body, List<ReplyText> replies) {

  /** One reply's public text and reason (the reason only a C reply has). */
  public record ReplyText(String text, String reason) {}

  public PublicText {
    replies = replies == null ? null : List.copyOf(replies);
  }

  /** The item's text as written. */
  static PublicText of(Suggestion s) {
    return new PublicText(s.title(), s.body(),
        s.replies().stream().map(r -> new ReplyText(r.text(), r.reason())).toList());
  }

  /** This redacted version over the text as written: what it leaves out stays as written. */
  PublicText over(PublicText original) {
    String publicTitle = title == null ? original.title : Guard.text("publicText.title", title, Suggestion.MAX_TITLE).strip();
    String publicBody = body == null ? original.body : Guard.text("publicText.body", body, Suggestion.MAX_BODY).strip();
    if (replies == null) {
      return new PublicText(publicTitle, publicBody, original.replies);
    }
    Guard.rule(replies.size() == original.replies.size(), "publicText.replies",
        "the item has " + original.replies.size() + " replies; send one entry per reply, in order");
    List<ReplyText> merged = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      ReplyText sent = replies.get(i);
      ReplyText written = original.replies.get(i);
      merged.add(new ReplyText(
          sent == null || sent.text() == null ? written.text()
              : Guard.text("publicText.replies[" + i + "].text", sent.text(), Suggestion.MAX_TEXT),
          sent == null || sent.reason() == null ? written.reason()
              : Guard.text("publicText.replies[" + i + "].reason", sent.reason(), Suggestion.MAX_TEXT)));
    }
    return new PublicText(publicTitle, publicBody, merged);
  }
}
