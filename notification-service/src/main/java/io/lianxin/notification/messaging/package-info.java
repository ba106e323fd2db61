/**
 * Typed events ⇄ CloudEvents: the other services' events read for routing, the consumer, and the
 * mapping of this service's domain events ({@code NotificationEvent}) to contract events.
 */
package io.lianxin.notification.messaging;
