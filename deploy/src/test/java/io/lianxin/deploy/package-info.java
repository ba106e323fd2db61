/** Offline checks of the Kubernetes manifests under deploy/. */
package io.lianxin.deploy;
