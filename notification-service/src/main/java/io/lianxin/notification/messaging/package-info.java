/** Inbound event handlers and the mapping of domain events to contract events. */
package io.lianxin.notification.messaging;
