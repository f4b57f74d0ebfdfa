/**
 * Activities: what our reps did with contacts (visits, calls, meals, gifts...), logged as interactions.
 */
package org.guanxi.activity;
