/**
 * Referral sources (organisations, channels, customers) and the referrals they make.
 */
package org.guanxi.referral;
