/** The interfaces the use cases need (stores, searches, numbers); persistence implements them. */
package io.lianxin.suggestion.application.port;
