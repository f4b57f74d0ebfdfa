/**
 * People inside accounts: buying roles, reporting lines, influence ties, and our trust class with each (RelationshipClass, classified by the relationship module).
 */
package org.guanxi.stakeholder;
