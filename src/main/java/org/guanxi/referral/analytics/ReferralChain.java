package org.guanxi.referral.analytics;

import java.util.List;

/**
 * How an account or a person came to us: the nodes from the original source (root, first) to the node asked
 * about (last), and the links between them.
 *
 * @param nodes Account, Person, Organization or Channel records, root first
 * @param links one per introduction, root first
 */
public record ReferralChain(List<Object> nodes, List<ReferralLink> links) {

	/** The number of links. */
	public int depth() {
		return this.links.size();
	}

	/** The first node: the original source, or the node itself when nothing referred it. */
	public Object root() {
		return this.nodes.isEmpty() ? null : this.nodes.get(0);
	}

}
