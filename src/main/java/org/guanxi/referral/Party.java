package org.guanxi.referral;

import java.util.Arrays;
import java.util.List;

import org.guanxi.account.Account;
import org.guanxi.stakeholder.Person;
import org.neo4j.driver.types.Node;

/**
 * The kinds of node a referral connects, by graph label. Any of them can be a source; only accounts and
 * people can be referred (be a target).
 */
public enum Party {

	/** A customer account. */
	ACCOUNT("Account", true),
	/** A person inside an account. */
	PERSON("Person", true),
	/** An organisation that is not a customer. */
	ORGANIZATION("Organization", false),
	/** A channel leads come from. */
	CHANNEL("Channel", false);

	private final String label;

	private final boolean target;

	Party(String label, boolean target) {
		this.label = label;
		this.target = target;
	}

	/** The node label of docs/model.md. */
	public String label() {
		return this.label;
	}

	/** Whether this kind of node can be referred to us. */
	public boolean canBeReferred() {
		return this.target;
	}

	static Party of(String label) {
		return Arrays.stream(values())
			.filter(p -> p.label.equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a referral party: " + label));
	}

	static Party of(Node node) {
		return Arrays.stream(values())
			.filter(p -> node.hasLabel(p.label))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Not a referral party: " + node.labels()));
	}

	static List<String> labels(List<Party> parties) {
		return parties.stream().map(Party::label).toList();
	}

	/** The record of a node of this kind: {@link Account}, {@link Person}, {@link Organization} or {@link Channel}. */
	Object record(Node node, String accountId) {
		return switch (this) {
			case ACCOUNT -> Account.from(node);
			case PERSON -> Person.from(node, accountId);
			case ORGANIZATION -> Organization.from(node);
			case CHANNEL -> Channel.from(node);
		};
	}

}
