/** The register's use cases over the ports in {@code application.port}. */
package io.lianxin.deputy.application;
