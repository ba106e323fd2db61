/** Use cases: load an aggregate, let the domain decide, save it with its events; object-level authorization. */
package io.lianxin.voting.application;
