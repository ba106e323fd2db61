/** Aggregates, value objects, state machines and rules. Plain Java: no Spring, MongoDB or Kafka. */
package io.lianxin.notification.domain;
