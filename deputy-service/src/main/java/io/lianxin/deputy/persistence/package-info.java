/** Deputies and units in MongoDB, each written with its events (the outbox). */
package io.lianxin.deputy.persistence;
