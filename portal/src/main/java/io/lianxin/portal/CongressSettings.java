package io.lianxin.portal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The congress's settings the portal shares with the services ({@code lianxin.*}, the same keys as the chassis'
 * {@code LianxinProperties}, so that one setting serves all).
 *
 * @param zone the congress's time zone: every date and time a reader sees is in it
 */
@ConfigurationProperties("lianxin")
public record CongressSettings(ZoneId zone) {

  public CongressSettings {
    zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
  }
}
