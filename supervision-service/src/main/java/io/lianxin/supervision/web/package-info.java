/** REST controllers and their request/response records (/api/v1). */
package io.lianxin.supervision.web;
