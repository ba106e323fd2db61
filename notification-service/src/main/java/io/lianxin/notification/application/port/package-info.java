/**
 * What the use cases need from the outside, as interfaces they own: stores and queries
 * (persistence implements them) and the mail and webhook channels (the {@code channel} package
 * implements them). Only domain types and plain Java cross them.
 */
package io.lianxin.notification.application.port;
