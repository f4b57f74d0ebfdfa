/**
 * Internals of the relationship module: the derivation rules, texts and calculations; not for other modules.
 */
package org.guanxi.relationship.internal;
