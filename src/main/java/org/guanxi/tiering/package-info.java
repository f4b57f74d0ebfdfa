/**
 * Account tiers, visit cadence and the funnel: ABC by revenue, overdue visits, visit plans, follow-ups.
 */
package org.guanxi.tiering;
