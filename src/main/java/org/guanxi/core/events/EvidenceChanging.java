package org.guanxi.core.events;

import java.util.List;

import org.guanxi.core.Text;

/**
 * A write is about to change what the relationship classes of some people depend on (an account's signed flag, a
 * WON deal, a person's account, an interaction), published inside the writing transaction before the write. The
 * relationship module first records the changes time alone brought about until now, and, when {@code cause} is
 * given, records the change the write causes just before the transaction commits.
 *
 * @param accountIds accounts whose people are concerned
 * @param personIds people concerned
 * @param cause the write (e.g. "account 'Shunda' signed"); null when another event records the change
 */
public record EvidenceChanging(List<String> accountIds, List<String> personIds, Text cause) {

	public static EvidenceChanging ofAccount(String accountId, Text cause) {
		return new EvidenceChanging(List.of(accountId), List.of(), cause);
	}

	public static EvidenceChanging ofPeople(List<String> personIds, Text cause) {
		return new EvidenceChanging(List.of(), personIds, cause);
	}

}
