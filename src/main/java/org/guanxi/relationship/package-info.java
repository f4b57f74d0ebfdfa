/**
 * Our trust class with a contact (outsider, friend, supplier, partner; RelationshipClass) - not a Neo4j relationship: derived from evidence or assessed, its history, the road to partner and the next step, and the suggested relationship level of accounts.
 */
package org.guanxi.relationship;
