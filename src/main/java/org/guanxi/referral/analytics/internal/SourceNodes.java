package org.guanxi.referral.analytics.internal;

import java.util.List;

import org.guanxi.account.Account;
import org.guanxi.core.Named;
import org.guanxi.referral.Channel;
import org.guanxi.referral.Organization;
import org.guanxi.stakeholder.Person;
import org.neo4j.driver.types.MapAccessor;

/**
 * Turns a node that can take part in a referral into the record GraphQL resolves the
 * {@code ReferralSource} interface with (by record class name).
 */
public final class SourceNodes {

	private SourceNodes() {
	}

	/**
	 * @param labels the node's labels
	 * @param node the node
	 * @param accountId for a person, the id of the account they work at (may be null)
	 */
	public static Object record(List<String> labels, MapAccessor node, String accountId) {
		if (labels.contains("Account")) {
			return Account.from(node);
		}
		if (labels.contains("Person")) {
			return Person.from(node, accountId);
		}
		if (labels.contains("Organization")) {
			return Organization.from(node);
		}
		if (labels.contains("Channel")) {
			return Channel.from(node);
		}
		throw new IllegalStateException("Not a referral source: " + labels);
	}

	/** The {@code id} of a source record. */
	public static String id(Object source) {
		return named(source).id();
	}

	/** The {@code name} of a source record. */
	public static String name(Object source) {
		return named(source).name();
	}

	/** The GraphQL type of a source record: Account, Person, Organization or Channel. */
	public static String type(Object source) {
		return source.getClass().getSimpleName();
	}

	private static Named named(Object source) {
		if (source instanceof Named named) {
			return named;
		}
		throw new IllegalStateException("Not a referral source: " + source);
	}

}
