/** The register's rules in plain Java: deputies (代表), handling units (承办单位), their events. */
package io.lianxin.deputy.domain;
