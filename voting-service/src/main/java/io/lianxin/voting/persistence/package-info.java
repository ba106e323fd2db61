/** Documents, indexes and queries on this service's own MongoDB database. */
package io.lianxin.voting.persistence;
