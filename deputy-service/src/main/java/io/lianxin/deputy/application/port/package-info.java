/** What the use cases need: the stores of deputies and units. */
package io.lianxin.deputy.application.port;
