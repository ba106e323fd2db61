/** The register's HTTP API and its role table. */
package io.lianxin.deputy.web;
