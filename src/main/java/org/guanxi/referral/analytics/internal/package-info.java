/**
 * Helpers of the referral analytics (breadth-first walk, node mapping, source kinds); not for other modules.
 */
package org.guanxi.referral.analytics.internal;
