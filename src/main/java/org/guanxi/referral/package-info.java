/**
 * Referrals: the sources that bring us leads (organisations, channels, customers, people) and the referrals they made.
 */
package org.guanxi.referral;
