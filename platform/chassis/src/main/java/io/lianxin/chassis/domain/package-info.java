/**
 * Plain-Java exceptions that services' domain packages may throw; the chassis maps them to
 * problem+json. No framework imports here, so domain code can depend on this package.
 */
package io.lianxin.chassis.domain;
