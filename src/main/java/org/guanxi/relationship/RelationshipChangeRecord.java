package org.guanxi.relationship;

import java.time.OffsetDateTime;

import org.guanxi.stakeholder.Person;

/**
 * A class change with the contact it happened to.
 */
public record RelationshipChangeRecord(Person person, String from, String to, OffsetDateTime at, String cause) {

	public String personId() {
		return this.person.id();
	}

}
