package org.guanxi.stakeholder.chain;

import org.guanxi.stakeholder.Person;

/**
 * A person of the decision chain and our relationship class with them (OUTSIDER, FRIEND, SUPPLIER, PARTNER).
 */
public record ChainMember(Person person, String relationship) {
}
