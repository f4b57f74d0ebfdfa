package org.guanxi.stakeholder;

import java.util.LinkedHashSet;
import java.util.List;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;

/**
 * A person to create or update; null fields keep their value. {@code accountId} is required on creation; given
 * on an update it moves the person to that account. {@code buyingRoles}, when given, replace the list.
 */
public record PersonInput(String id, String name, String accountId, String title, String department, Integer level,
		List<String> buyingRoles, Double decisionWeight, Boolean insider, Integer age, String family, String hobbies,
		String sports, String food, String schedule, String attitude, String preference, String phone,
		String email) {

	/** The validated properties to write (all but id and account). */
	Changes changes() {
		return Changes.of()
			.put("name", Check.optionalName("name", this.name))
			.put("title", this.title)
			.put("department", this.department)
			.put("level", Check.positive("level", this.level))
			.put("buyingRoles", this.buyingRoles == null ? null : List.copyOf(new LinkedHashSet<>(this.buyingRoles)))
			.put("decisionWeight", Check.unit("decisionWeight", this.decisionWeight))
			.put("insider", this.insider)
			.put("age", Check.nonNegative("age", this.age))
			.put("family", this.family)
			.put("hobbies", this.hobbies)
			.put("sports", this.sports)
			.put("food", this.food)
			.put("schedule", this.schedule)
			.put("attitude", this.attitude)
			.put("preference", this.preference)
			.put("phone", this.phone)
			.put("email", this.email);
	}

	/** The account id, trimmed, or null when not given; blank is refused. */
	String checkedAccountId() {
		return this.accountId == null ? null : Check.id("accountId", this.accountId);
	}

}
