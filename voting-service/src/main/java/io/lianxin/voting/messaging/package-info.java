/** Typed events ⇄ CloudEvents: the mapping of domain events to the contract, inbound parsing and consumers. */
package io.lianxin.voting.messaging;
