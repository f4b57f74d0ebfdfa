/**
 * Our relationship with each contact: outsider, friend, supplier or partner, derived from evidence or assessed.
 */
package org.guanxi.relationship;
