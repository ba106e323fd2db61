package io.lianxin.notification.domain;

import static io.lianxin.notification.domain.NotificationTestData.aNotification;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxTest {

  @Test
  void aPersonsInboxHoldsWhatIsAddressedToTheirKeysInTheirCongress() {
    // given deputy D-1 of congress C
    Inbox inbox = Inbox.of(PersonTestData.aDeputy().build());
    // when / expect
    assertThat(inbox.recipientKeys()).contains("deputy:D-1", "user:p-1", "role:DEPUTY");
    assertThat(inbox.holds(aNotification().to("deputy:D-1").build())).isTrue();
    assertThat(inbox.holds(aNotification().to("deputy:D-2").build())).isFalse();
    assertThat(inbox.holds(aNotification().to("deputy:D-1").congressId("other").build())).isFalse();
  }

  @Test
  void thePublicFeedIsWhatRoutesSendToPublicFeed() {
    // given
    Inbox feed = Inbox.publicFeed("C");
    // when / expect
    assertThat(feed.holds(aNotification().to(Inbox.PUBLIC_FEED).build())).isTrue();
    assertThat(feed.holds(aNotification().build())).isFalse();
  }
}
