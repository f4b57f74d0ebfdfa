package org.guanxi.relationship;

import java.time.OffsetDateTime;

import org.guanxi.core.Text;
import org.guanxi.stakeholder.Person;
import org.guanxi.stakeholder.RelationshipClass;

/**
 * A class change with the contact it happened to.
 */
public record RelationshipChangeRecord(Person person, RelationshipClass from, RelationshipClass to, OffsetDateTime at, Text cause) {

	public String personId() {
		return this.person.id();
	}

}
