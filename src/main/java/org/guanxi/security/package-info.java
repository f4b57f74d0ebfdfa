/**
 * Sign-in, users, roles, API tokens, what each role may do, who sees which accounts, and the audit trail.
 */
package org.guanxi.security;
