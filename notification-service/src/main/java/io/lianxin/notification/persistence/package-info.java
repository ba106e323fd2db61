/** Documents, indexes and queries on this service's own MongoDB database: the adapters of the application's store ports. */
package io.lianxin.notification.persistence;
