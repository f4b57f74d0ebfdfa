/**
 * The parts of sign-in the rest of the application does not use: password and token authentication, sign-in
 * rate limits, the HTTP filters.
 */
package org.guanxi.security.internal;
