/**
 * Activities with contacts (visits, calls, meals...) logged by reps.
 */
package org.guanxi.activity;
