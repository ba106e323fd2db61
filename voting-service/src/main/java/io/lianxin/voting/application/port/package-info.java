/** The ports the use cases own: stores of polls, programmes, proposals, ballots and supports. */
package io.lianxin.voting.application.port;
