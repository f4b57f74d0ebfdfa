package org.guanxi.stakeholder.chain;

import java.util.List;

import org.guanxi.stakeholder.Person;

/**
 * A buying role present in the account and the people holding it, by decision weight (highest first), then name.
 */
public record RoleSlot(String role, List<Person> people) {
}
