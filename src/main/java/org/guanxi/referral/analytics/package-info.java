/**
 * Referral analytics: chains back to the original source, referral trees, source reports, whom to ask next.
 */
package org.guanxi.referral.analytics;
