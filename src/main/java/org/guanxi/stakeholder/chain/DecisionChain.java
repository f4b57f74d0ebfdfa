package org.guanxi.stakeholder.chain;

import java.util.List;

import org.guanxi.account.Account;
import org.guanxi.stakeholder.Person;

/**
 * The decision chain of an account (决策链): who holds which buying role, insiders and candidates, the
 * reporting tree and our coverage.
 *
 * @param roles one slot per buying role present, in the order of the BuyingRole enum
 * @param members every person of the account with our relationship class, by level then name
 * @param insiders the people marked as insiders, by level then name
 * @param insiderCandidates who could become an insider, best first
 * @param reportingTree the hierarchy in tree order, roots first
 */
public record DecisionChain(Account account, List<RoleSlot> roles, List<ChainMember> members, List<Person> insiders,
		List<InsiderCandidate> insiderCandidates, List<ReportingNode> reportingTree, Coverage coverage) {
}
