/** The register's typed events as CloudEvents data (the contracts in platform/event-contracts). */
package io.lianxin.deputy.messaging;
