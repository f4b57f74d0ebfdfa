/**
 * Our sales reps: account ownership and their social ties.
 */
package org.guanxi.team;
