package io.lianxin.testkit.indexes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Attaches the {@link QueryIndexAudit} to the services' MongoDB client in the integration tests (failsafe sets
 * {@code lianxin.query-audit.enabled}; the devstack, which carries the testkit, does not).
 */
@AutoConfiguration
@ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
@ConditionalOnProperty("lianxin.query-audit.enabled")
public class QueryIndexAuditAutoConfiguration {

  @Bean
  MongoClientSettingsBuilderCustomizer queryIndexAudit() {
    return settings -> settings.addCommandListener(QueryIndexAudit.instance());
  }
}
