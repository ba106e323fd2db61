package io.lianxin.chassis.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about the service ({@code lianxin.api.*} in its yml).
 *
 * @param title e.g. "Lianxin suggestion-service (建议议案)"
 * @param version the API's version, e.g. "1.0"
 * @param description what the service does, who calls it, how to get a token
 */
@ConfigurationProperties("lianxin.api")
public record ApiDocumentProperties(String title, String version, String description) {

  public ApiDocumentProperties {
    title = title == null || title.isBlank() ? "Lianxin API" : title;
    version = version == null || version.isBlank() ? "1.0" : version;
    description = description == null ? "" : description;
  }
}
